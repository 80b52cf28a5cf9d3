import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

export enum StageCategory {
  OPEN = 'OPEN',
  WON = 'WON',
  LOST = 'LOST',
}
registerEnumType(StageCategory, { name: 'StageCategory' });

@ObjectType({ description: 'A step of the pipeline. OPEN stages are ordered by position; WON and LOST close a company.' })
@Entity('stages')
@Unique('stages_key_key', ['key'])
@Check('stages_category_check', `category IN ('OPEN', 'WON', 'LOST')`)
@Check('stages_probability_check', 'probability_percent BETWEEN 0 AND 100')
export class Stage {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { description: 'Stable key, e.g. DIALOGUE.' })
  @Column({ type: 'text' })
  key: string;

  @Field(() => String)
  @Column({ type: 'text' })
  nameNb: string;

  @Field(() => String)
  @Column({ type: 'text' })
  nameEn: string;

  @Field(() => Int)
  @Column({ type: 'integer' })
  position: number;

  @Field(() => StageCategory)
  @Column({ type: 'text' })
  category: StageCategory;

  /** Stored as whole percent so sums stay exact. */
  @Column({ type: 'integer' })
  probabilityPercent: number;

  @Field(() => Float, { description: 'Chance of establishment, 0–1, used for the weighted pipeline.' })
  get probability(): number {
    return this.probabilityPercent / 100;
  }

  @Field(() => Int, { nullable: true, description: 'A company with no activity for this many days is stale.' })
  @Column({ type: 'integer', nullable: true })
  staleAfterDays: number | null;
}
