import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Consecutive failed logins for one account or one address; see login-throttle.ts. */
@Entity('login_failures')
export class LoginFailure {
  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ type: 'integer' })
  failures: number;

  @Column({ type: 'timestamptz' })
  lastFailureAt: Date;
}
