import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import { FocusArea } from '../focus-area/focus-area.entity';
import { Stage } from '../stage/stage.entity';
import { User } from '../user/user.entity';

export enum TargetGroup {
  EXPANDING_COMPANY = 'EXPANDING_COMPANY',
  COST_SEEKING_SME = 'COST_SEEKING_SME',
  PUBLIC_RELOCATION = 'PUBLIC_RELOCATION',
  LOCAL_GROWTH = 'LOCAL_GROWTH',
}
registerEnumType(TargetGroup, {
  name: 'TargetGroup',
  description: 'The four target groups of the programme.',
  valuesConfig: {
    EXPANDING_COMPANY: { description: 'National or international company that wants to expand.' },
    COST_SEEKING_SME: { description: 'SME that wants to cut production or delivery costs.' },
    PUBLIC_RELOCATION: { description: 'Public-sector workplace being relocated.' },
    LOCAL_GROWTH: { description: 'Local company with growth potential.' },
  },
});

@ObjectType({ description: 'A company (or public body) the region works to bring in.' })
@Entity('prospects')
@Check('prospects_org_number_check', `org_number ~ '^[89][0-9]{8}$'`)
@Check('prospects_counts_check', `coalesce(estimated_jobs, 0) >= 0 AND coalesce(realized_jobs, 0) >= 0 AND coalesce(new_residents, 0) >= 0 AND coalesce(employees, 0) >= 0`)
@Check('prospects_target_group_check', `target_group IN ('EXPANDING_COMPANY', 'COST_SEEKING_SME', 'PUBLIC_RELOCATION', 'LOCAL_GROWTH')`)
// Defined in the migration: unique org number among active companies, name order, trigram search.
@Index('prospects_org_number_active_key', { synchronize: false })
@Index('prospects_name_order_idx', { synchronize: false })
@Index('prospects_name_trgm_idx', { synchronize: false })
@Index('prospects_stage_position_idx', ['stageId', 'position'])
@Index('prospects_owner_idx', ['ownerId'])
@Index('prospects_target_municipality_idx', ['targetMunicipality'])
@Index('prospects_municipality_idx', ['municipality'])
export class Prospect {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Nine digits, MOD11-valid; unique among active companies.' })
  @Column({ type: 'text', nullable: true })
  orgNumber: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  website: string | null;

  @Field(() => String, { nullable: true, description: 'Industry code (NACE / SN2025) as given by the register.' })
  @Column({ type: 'text', nullable: true })
  industryCode: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  industryText: string | null;

  @Field(() => String, { nullable: true, description: 'Legal form code, e.g. AS or ENK.' })
  @Column({ type: 'text', nullable: true })
  legalForm: string | null;

  @Field(() => Int, { nullable: true, description: 'Employees per the register; null when unknown (not 0).' })
  @Column({ type: 'integer', nullable: true })
  employees: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  address: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  postalCode: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  postalPlace: string | null;

  /** Municipality number of the company's address (current numbering). */
  @Column({ type: 'text', nullable: true })
  municipality: string | null;

  /** Municipality number where the establishment would come (current numbering). */
  @Column({ type: 'text', nullable: true })
  targetMunicipality: string | null;

  @Field(() => TargetGroup, { nullable: true })
  @Column({ type: 'text', nullable: true })
  targetGroup: TargetGroup | null;

  @Column({ type: 'uuid', nullable: true })
  ownerId: string | null;

  @ManyToOne(() => User, { nullable: true })
  @JoinColumn({ name: 'owner_id' })
  owner?: Relation<User> | null;

  @Field(() => String, { nullable: true, description: 'Where the lead came from.' })
  @Column({ type: 'text', nullable: true })
  source: string | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'integer', nullable: true })
  estimatedJobs: number | null;

  @Field(() => Int, { nullable: true, description: 'Set when the company is established (WON).' })
  @Column({ type: 'integer', nullable: true })
  realizedJobs: number | null;

  @Field(() => Int, { nullable: true, description: 'Residents moving in; set when WON.' })
  @Column({ type: 'integer', nullable: true })
  newResidents: number | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @Column({ type: 'date', nullable: true })
  expectedDecisionDate: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  lostReason: string | null;

  @Column({ type: 'uuid' })
  stageId: string;

  @ManyToOne(() => Stage)
  @JoinColumn({ name: 'stage_id' })
  stage?: Relation<Stage>;

  @ManyToMany(() => FocusArea)
  @JoinTable({
    name: 'prospect_focus_areas',
    joinColumn: { name: 'prospect_id' },
    inverseJoinColumn: { name: 'focus_area_id' },
  })
  focusAreas?: Relation<FocusArea>[];

  /** Manual order within a pipeline column; smaller comes first. */
  @Column({ type: 'double precision', default: 0 })
  position: number;

  @Field(() => Date)
  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastActivityAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @Field(() => Int, { description: 'Send back with every edit; a stale version is a CONFLICT.' })
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
