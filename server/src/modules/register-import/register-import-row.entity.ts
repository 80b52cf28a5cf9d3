import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { RegisterImport } from './register-import.entity';

/** A row kept by a running import, staged until the file has been read to the end. */
@Entity('register_import_rows')
export class RegisterImportRow {
  @PrimaryColumn({ type: 'uuid' })
  importId: string;

  @PrimaryColumn({ type: 'text' })
  orgNumber: string;

  @ManyToOne(() => RegisterImport, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'import_id' })
  import?: Relation<RegisterImport>;

  /** The register_entities columns, by column name. */
  @Column({ type: 'jsonb' })
  data: Record<string, unknown>;
}
