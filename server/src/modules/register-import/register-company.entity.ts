import { GraphQLLocalDate } from 'graphql-scalars';
import { Authorized, Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { canReadPersonalData } from '../auth/roles';

/**
 * A company of the region as the register's bulk file describes it, kept by the
 * register import. Closed to BOARD: a sole proprietorship (ENK) is named after its owner.
 */
@ObjectType({ description: 'A company of the region in Enhetsregisteret (from the last register import).' })
@Authorized(canReadPersonalData)
@Entity('register_entities')
@Index('register_entities_municipality_idx', ['municipality'])
@Index('register_entities_industry_code_idx', { synchronize: false }) // text_pattern_ops, for prefix LIKE
export class RegisterCompany {
  @Field(() => String, { description: 'Nine digits.' })
  @PrimaryColumn({ type: 'text' })
  orgNumber: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Legal form code, e.g. AS or ENK.' })
  @Column({ type: 'text', nullable: true })
  legalForm: string | null;

  @Field(() => String, { nullable: true, description: 'Industry code (SN2025) as given by the register.' })
  @Column({ type: 'text', nullable: true })
  industryCode: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  industryText: string | null;

  @Field(() => Int, { nullable: true, description: 'Null when the register has no count (not 0).' })
  @Column({ type: 'integer', nullable: true })
  employees: number | null;

  @Field(() => String, { nullable: true, description: 'Business address lines joined with ", ".' })
  @Column({ type: 'text', nullable: true })
  address: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  postalCode: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  postalPlace: string | null;

  /** Municipality number of the business address, current numbering. */
  @Column({ type: 'text', nullable: true })
  municipality: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  website: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @Column({ type: 'date', nullable: true })
  foundedOn: string | null;

  @Field(() => Boolean)
  @Column({ type: 'boolean' })
  bankrupt: boolean;

  @Field(() => Boolean)
  @Column({ type: 'boolean' })
  underLiquidation: boolean;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @Column({ type: 'date', nullable: true })
  deletedOn: string | null;

  /** md5 of the fields above: an import rewrites a row only when it changed. */
  @Column({ type: 'text' })
  contentHash: string;

  @Field(() => Date, { description: 'When this version of the row arrived.' })
  @Column({ type: 'timestamptz' })
  importedAt: Date;
}
