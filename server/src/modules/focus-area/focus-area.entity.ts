import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

@ObjectType({ description: 'A tag for the kind of business the region wants (bioeconomy, defence logistics, …).' })
@Entity('focus_areas')
@Unique('focus_areas_key_key', ['key'])
@Check('focus_areas_color_check', `color ~ '^#[0-9a-fA-F]{6}$'`)
// Unique on lower(name_nb) and lower(name_en), defined in the migration.
@Index('focus_areas_name_nb_key', { synchronize: false })
@Index('focus_areas_name_en_key', { synchronize: false })
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

  @Field(() => Int, { description: 'Send back with every edit; a stale version is a CONFLICT.' })
  @Column({ type: 'integer', default: 1 })
  version: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
