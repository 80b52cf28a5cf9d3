import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Prospect } from '../prospect/prospect.entity';
import { Stage } from '../stage/stage.entity';
import { User } from '../user/user.entity';

/**
 * One move of a company between stages. Append-only: a trigger in the
 * database refuses UPDATE and DELETE, so history cannot be rewritten.
 */
@ObjectType()
@Entity('stage_changes')
@Index('stage_changes_prospect_idx', ['prospectId', 'changedAt'])
@Index('stage_changes_changed_at_idx', ['changedAt'])
export class StageChange {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  prospectId: string;

  @ManyToOne(() => Prospect)
  @JoinColumn({ name: 'prospect_id' })
  prospect?: Relation<Prospect>;

  /** Null for the entry written when the company was created. */
  @Column({ type: 'uuid', nullable: true })
  fromStageId: string | null;

  @ManyToOne(() => Stage, { nullable: true })
  @JoinColumn({ name: 'from_stage_id' })
  fromStage?: Relation<Stage> | null;

  @Column({ type: 'uuid' })
  toStageId: string;

  @ManyToOne(() => Stage)
  @JoinColumn({ name: 'to_stage_id' })
  toStage?: Relation<Stage>;

  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  changedAt: Date;

  @Column({ type: 'uuid', nullable: true })
  changedById: string | null;

  @ManyToOne(() => User, { nullable: true })
  @JoinColumn({ name: 'changed_by_id' })
  changedBy?: Relation<User> | null;
}
