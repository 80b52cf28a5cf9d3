import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { User } from '../user/user.entity';

/** Who changed what, when: written in the same transaction as the change. */
@ObjectType()
@Entity('audit_entries')
@Index('audit_entries_at_idx', ['at'])
@Index('audit_entries_entity_idx', ['entity', 'entityId'])
export class AuditEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => Date)
  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => User, { nullable: true })
  @JoinColumn({ name: 'actor_id' })
  actor?: Relation<User> | null;

  @Field(() => String, { description: 'E.g. CREATE, UPDATE, DEACTIVATE, LOGIN.' })
  @Column({ type: 'text' })
  action: string;

  @Field(() => String, { description: 'E.g. User, Prospect.' })
  @Column({ type: 'text' })
  entity: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  entityId: string | null;

  @Field(() => GraphQLJSONObject, { description: 'Changed fields: { field: { before, after } }.' })
  @Column({ type: 'jsonb', default: {} })
  diff: Record<string, { before: unknown; after: unknown }>;
}
