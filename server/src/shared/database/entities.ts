import { AuditEntry } from '../../modules/audit/audit-entry.entity';
import { LoginFailure } from '../../modules/auth/login-failure.entity';
import { Session } from '../../modules/auth/session.entity';
import { IdempotencyKey } from '../../modules/idempotency/idempotency-key.entity';
import { SavedView } from '../../modules/saved-view/saved-view.entity';
import { RegisterCompany } from '../../modules/register-import/register-company.entity';
import { RegisterImport } from '../../modules/register-import/register-import.entity';
import { RegisterImportRow } from '../../modules/register-import/register-import-row.entity';
import { CompanyImport } from '../../modules/csv-import/company-import.entity';
import { AppSetting } from '../../modules/privacy/app-setting.entity';
import { Contact } from '../../modules/contact/contact.entity';
import { FocusArea } from '../../modules/focus-area/focus-area.entity';
import { Meeting } from '../../modules/meeting/meeting.entity';
import { Prospect } from '../../modules/prospect/prospect.entity';
import { Stage } from '../../modules/stage/stage.entity';
import { StageChange } from '../../modules/stage-change/stage-change.entity';
import { Target } from '../../modules/target/target.entity';
import { User } from '../../modules/user/user.entity';

/** Every entity, listed explicitly (no globs: they break under vitest and bundlers). */
export const entities = [User, FocusArea, Stage, Prospect, Contact, Meeting, StageChange, Target, Session, LoginFailure, AuditEntry, IdempotencyKey, SavedView,
  RegisterCompany, RegisterImport, RegisterImportRow, CompanyImport, AppSetting];
