import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

@ObjectType({ description: 'A tag for the kind of business the region wants (bioeconomy, defence logistics, …).' })
@Entity('focus_areas')
@Unique('focus_areas_key_key', ['key'])
@Check('focus_areas_color_check', `color ~ '^#[0-9a-fA-F]{6}$'`)
export class FocusArea {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { description: 'Stable key, e.g. DEFENCE_LOGISTICS.' })
  @Column({ type: 'text' })
  key: string;

  @Field(() => String, { description: 'Name in Norwegian bokmål.' })
  @Column({ type: 'text' })
  nameNb: string;

  @Field(() => String, { description: 'Name in English.' })
  @Column({ type: 'text' })
  nameEn: string;

  @Field(() => String, { description: 'Colour as #rrggbb.' })
  @Column({ type: 'text' })
  color: string;

  @Field(() => Int)
  @Column({ type: 'integer' })
  position: number;
}
