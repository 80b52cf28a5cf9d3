import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

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
// Unique on lower(name_nb) and lower(name_en), defined in the migration.
@Index('stages_name_nb_key', { synchronize: false })
@Index('stages_name_en_key', { synchronize: false })
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

  @Field(() => Int, { description: 'Send back with every edit; a stale version is a CONFLICT.' })
  @Column({ type: 'integer', default: 1 })
  version: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
