import express from 'express';
import { createRequestContext } from '../../app/context';
import type { Database } from '../../shared/database/database';
import { canReadPersonalData, canReadPipeline } from '../auth/roles';
import type { SessionPolicy } from '../auth/session.service';
import { prospectFilterSchema } from '../prospect/prospect-filter.input';
import { companyHeader, companyRows, contactHeader, contactRows, meetingHeader, meetingRows } from './export.rows';
import { sendNorwegianCsv } from './norwegian-csv';

const csvExports = {
  'companies.csv': { header: companyHeader, rows: companyRows, roles: canReadPipeline, file: 'bedrifter' },
  'contacts.csv': { header: contactHeader, rows: contactRows, roles: canReadPersonalData, file: 'kontaktpersoner' },
  'meetings.csv': { header: meetingHeader, rows: meetingRows, roles: canReadPersonalData, file: 'moter' },
} as const;

/** GET /export/{companies,contacts,meetings}.csv?filter=<ProspectFilter as JSON> for the signed-in team. */
export function exportRoutes(db: Database, sessionPolicy: SessionPolicy): express.Router {
  const router = express.Router();
  router.get('/:file', async (req, res, next) => {
    try {
      const spec = csvExports[req.params.file as keyof typeof csvExports];
      if (!spec) return void res.status(404).type('text').send('Ukjent eksport.');
      const ctx = await createRequestContext(db, sessionPolicy, req, { set: () => undefined, clear: () => undefined });
      if (!ctx.viewer) return void res.status(401).type('text').send('Du må logge inn.');
      if (!spec.roles.includes(ctx.viewer.role)) return void res.status(403).type('text').send('Du har ikke tilgang til dette.');

      let filter: unknown = {};
      try {
        filter = typeof req.query.filter === 'string' && req.query.filter ? JSON.parse(req.query.filter) : {};
      } catch {
        return void res.status(400).type('text').send('Filteret er ikke gyldig JSON.');
      }
      const parsed = prospectFilterSchema.safeParse(filter);
      if (!parsed.success) return void res.status(400).type('text').send(`Ugyldig filter: ${parsed.error.issues[0]!.message}`);

      const date = new Date().toISOString().slice(0, 10);
      await sendNorwegianCsv(res, `magnet-${spec.file}-${date}.csv`, spec.header, spec.rows(ctx.em, parsed.data ?? {}));
    } catch (error) {
      next(error);
    }
  });
  return router;
}
