import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { User } from '../user/user.entity';

export enum RegisterImportStatus {
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}
registerEnumType(RegisterImportStatus, { name: 'RegisterImportStatus' });

export enum RegisterImportSource {
  CLI = 'CLI',
  UPLOAD = 'UPLOAD',
}
registerEnumType(RegisterImportSource, { name: 'RegisterImportSource' });

/** One run of the register import, and its report once done. */
@ObjectType({ description: 'A run of the import of the Enhetsregisteret bulk file, with what it changed.' })
@Entity('register_imports')
@Check('register_imports_status_check', `status IN ('RUNNING', 'SUCCEEDED', 'FAILED')`)
@Check('register_imports_source_check', `source IN ('CLI', 'UPLOAD')`)
@Index('register_imports_started_at_idx', ['startedAt'])
@Index('register_imports_one_running_key', { synchronize: false }) // unique, partial: WHERE status = 'RUNNING'
export class RegisterImport {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => RegisterImportStatus)
  @Column({ type: 'text' })
  status: RegisterImportStatus;

  @Field(() => RegisterImportSource)
  @Column({ type: 'text' })
  source: RegisterImportSource;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  fileName: string | null;

  @Column({ type: 'uuid', nullable: true })
  startedById: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'started_by_id' })
  startedBy?: Relation<User> | null;

  @Field(() => [String], { description: 'Municipalities kept (current numbers); empty: any.' })
  @Column({ type: 'text', array: true })
  municipalities: string[];

  @Field(() => [String], { description: 'Industry code prefixes kept; empty: any.' })
  @Column({ type: 'text', array: true })
  industryPrefixes: string[];

  @Field(() => Date)
  @Column({ type: 'timestamptz', default: () => 'now()' })
  startedAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @Field(() => Float, { description: 'Bytes of the file read (compressed size for a .gz file).' })
  @Column({ type: 'bigint', default: 0, transformer: { to: (v: number) => v, from: (v: string | null) => Number(v ?? 0) } })
  bytesRead: number;

  @Field(() => Int, { description: 'Entities in the file.' })
  @Column({ type: 'integer', default: 0 })
  rowsRead: number;

  @Field(() => Int, { description: 'Entities of the region (the chosen municipalities and industries).' })
  @Column({ type: 'integer', default: 0 })
  rowsKept: number;

  @Field(() => [String], { nullable: true, description: 'Organisation numbers new in the region; null until the import is done.' })
  @Column({ type: 'text', array: true, nullable: true })
  newOrgNumbers: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Organisation numbers whose register data changed.' })
  @Column({ type: 'text', array: true, nullable: true })
  changedOrgNumbers: string[] | null;

  @Field(() => [String], { nullable: true, description: 'In the region before, absent from this file (or moved out): deleted from the copy.' })
  @Column({ type: 'text', array: true, nullable: true })
  removedOrgNumbers: string[] | null;

  @Field(() => String, { nullable: true, description: 'Why a FAILED import stopped, in Norwegian.' })
  @Column({ type: 'text', nullable: true })
  error: string | null;
}
