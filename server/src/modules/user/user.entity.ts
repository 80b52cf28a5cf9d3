import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, UpdateDateColumn } from 'typeorm';
import { SavedView } from '../saved-view/saved-view.entity';

export enum Role {
  ADMIN = 'ADMIN',
  LEADER = 'LEADER',
  MEMBER = 'MEMBER',
  BOARD = 'BOARD',
}
registerEnumType(Role, { name: 'Role', description: 'What a user may see and do (design § Roles).' });

@ObjectType({ description: 'A member of the team or the board.' })
@Entity('users')
@Check('users_role_check', `role IN ('ADMIN', 'LEADER', 'MEMBER', 'BOARD')`)
// Unique on lower(email), defined in the migration.
@Index('users_email_key', { synchronize: false })
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Field(() => String)
  @Column({ type: 'text' })
  email: string;

  @Field(() => Role)
  @Column({ type: 'text' })
  role: Role;

  /** Never exposed: no @Field. Null until a password is set. */
  @Column({ type: 'text', nullable: true })
  passwordHash: string | null;

  @Field(() => Boolean)
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version: number;

  /** The saved view the pipeline opens with. */
  @Column({ type: 'uuid', nullable: true })
  defaultViewId: string | null;

  @ManyToOne(() => SavedView, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'default_view_id' })
  defaultView?: Relation<SavedView> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
