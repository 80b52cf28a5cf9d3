import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { User } from '../user/user.entity';
import type { CompanyImportReportValues } from './company-import.types';

/** A committed CSV import of companies; its report is what a retry with the same idempotency key gets back. */
@Entity('company_imports')
export class CompanyImport {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid', nullable: true })
  importedById: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'imported_by_id' })
  importedBy?: Relation<User> | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  importedAt: Date;

  @Column({ type: 'jsonb' })
  report: CompanyImportReportValues;
}
