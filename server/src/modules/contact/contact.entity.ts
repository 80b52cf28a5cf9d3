import { Authorized, Field, ID, Int, ObjectType } from 'type-graphql';
import { canReadPersonalData } from '../auth/roles';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import { Prospect } from '../prospect/prospect.entity';

/** A person at a company. Personal data (docs/privacy.md): every field is closed to BOARD. */
@ObjectType()
@Authorized(canReadPersonalData)
@Entity('contacts')
@Index('contacts_prospect_idx', ['prospectId'])
@Index('contacts_name_trgm_idx', { synchronize: false })
export class Contact {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  prospectId: string;

  @ManyToOne(() => Prospect, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'prospect_id' })
  prospect?: Relation<Prospect>;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Role or title at the company.' })
  @Column({ type: 'text', nullable: true })
  title: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Field(() => Boolean)
  @Column({ type: 'boolean', default: false })
  doNotContact: boolean;

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
