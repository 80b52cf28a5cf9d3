import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, UpdateDateColumn } from 'typeorm';
import { User } from '../user/user.entity';

/** A named pipeline filter; personal, or shared with the team. */
@ObjectType()
@Entity('saved_views')
@Index('saved_views_owner_idx', ['ownerId'])
export class SavedView {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  ownerId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id' })
  owner?: Relation<User>;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Field(() => GraphQLJSONObject, { description: 'A ProspectFilter, as given to the pipeline.' })
  @Column({ type: 'jsonb', default: {} })
  filter: Record<string, unknown>;

  @Field(() => Boolean)
  @Column({ type: 'boolean', default: false })
  shared: boolean;

  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
