import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A setting shared by every server process, e.g. `retention` = { months }. */
@Entity('app_settings')
export class AppSetting {
  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ type: 'jsonb' })
  value: Record<string, unknown>;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
