import type { Database } from '../../shared/database/database';
import { RetentionService } from './retention.service';

const day = 24 * 60 * 60 * 1000;

/**
 * Applies the retention rule at start and then every 24 hours, in the server
 * process. The timer does not keep the process alive; the returned function
 * stops it. Several servers may each run it: a second run finds nothing due.
 */
export function startRetentionJob(db: Database, options: { intervalMs?: number; log?: (message: string) => void } = {}): () => void {
  const log = options.log ?? console.log;
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const report = await db.dataSource.manager.transaction((em) => new RetentionService(em, null).apply());
      if (report.erasedContactIds.length) {
        log(`Retention (${report.months} months): erased ${report.erasedContactIds.length} contact(s) of ${report.prospectIds.length} closed company(ies).`);
      }
    } catch (error) {
      console.error('Retention job failed:', error);
    } finally {
      running = false;
    }
  };
  void run();
  const timer = setInterval(() => void run(), options.intervalMs ?? day).unref();
  return () => clearInterval(timer);
}
