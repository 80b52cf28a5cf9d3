import { InitialSchema1764000000000 } from './1764000000000-initial-schema';
import { SessionsThrottleAudit1764000001000 } from './1764000001000-sessions-throttle-audit';
import { IdempotencyAndFollowUps1764000002000 } from './1764000002000-idempotency-and-follow-ups';
import { SavedViews1764000004000 } from './1764000004000-saved-views';
import { RegisterAndCompanyImports1764000005000 } from './1764000005000-register-and-company-imports';
import { PrivacySettings1764000006000 } from './1764000006000-privacy-settings';
import { StatisticsSummaries1764000007000 } from './1764000007000-statistics-summaries';
import { EditableFocusAreasAndStages1764000008000 } from './1764000008000-editable-focus-areas-and-stages';

/** Listed explicitly: TypeORM's glob loading breaks under vitest. Append new ones. */
export const migrations = [InitialSchema1764000000000, SessionsThrottleAudit1764000001000, IdempotencyAndFollowUps1764000002000, SavedViews1764000004000,
  RegisterAndCompanyImports1764000005000,
  PrivacySettings1764000006000,
  StatisticsSummaries1764000007000,
  EditableFocusAreasAndStages1764000008000,
];
