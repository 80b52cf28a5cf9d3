import { GraphQLLocalDate } from 'graphql-scalars';
import { Authorized, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { canReadPersonalData } from '../auth/roles';
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
import { Contact } from '../contact/contact.entity';
import { Prospect } from '../prospect/prospect.entity';
import { User } from '../user/user.entity';

export enum MeetingKind {
  DIALOGUE_MEETING = 'DIALOGUE_MEETING',
  SITE_VISIT = 'SITE_VISIT',
  PHONE_CALL = 'PHONE_CALL',
  NETWORK_MEETING = 'NETWORK_MEETING',
  POLITICAL_MEETING = 'POLITICAL_MEETING',
  OTHER = 'OTHER',
}
registerEnumType(MeetingKind, { name: 'MeetingKind' });

/** A dialogue meeting or other touch point with one or more companies. Minutes are closed to BOARD. */
@ObjectType()
@Authorized(canReadPersonalData)
@Entity('meetings')
@Check('meetings_kind_check', `kind IN ('DIALOGUE_MEETING', 'SITE_VISIT', 'PHONE_CALL', 'NETWORK_MEETING', 'POLITICAL_MEETING', 'OTHER')`)
@Index('meetings_starts_at_idx', ['startsAt'])
@Index('meetings_follow_up_idx', ['followUpDate'])
@Index('meetings_open_follow_up_idx', { synchronize: false }) // partial: WHERE NOT follow_up_done
export class Meeting {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => MeetingKind)
  @Column({ type: 'text' })
  kind: MeetingKind;

  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  minutes: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  outcome: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  nextStep: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @Column({ type: 'date', nullable: true })
  followUpDate: string | null;

  @Field(() => Boolean)
  @Column({ type: 'boolean', default: false })
  followUpDone: boolean;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { nullable: true })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: Relation<User> | null;

  @ManyToMany(() => Prospect)
  @JoinTable({ name: 'meeting_prospects', joinColumn: { name: 'meeting_id' }, inverseJoinColumn: { name: 'prospect_id' } })
  prospects?: Relation<Prospect>[];

  @ManyToMany(() => User)
  @JoinTable({ name: 'meeting_users', joinColumn: { name: 'meeting_id' }, inverseJoinColumn: { name: 'user_id' } })
  users?: Relation<User>[];

  @ManyToMany(() => Contact)
  @JoinTable({ name: 'meeting_contacts', joinColumn: { name: 'meeting_id' }, inverseJoinColumn: { name: 'contact_id' } })
  contacts?: Relation<Contact>[];

  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
