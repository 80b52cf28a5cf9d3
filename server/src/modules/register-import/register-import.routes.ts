import express from 'express';
import { createRequestContext } from '../../app/context';
import type { Database } from '../../shared/database/database';
import { AppError } from '../../shared/graphql/errors';
import { canManageSettings } from '../auth/roles';
import type { SessionPolicy } from '../auth/session.service';
import { RegisterImportSource } from './register-import.entity';
import { RegisterImportService } from './register-import.service';
import { registerScopeSchema } from './register-scope';

// Form posts and "simple" cross-site requests cannot send these without a CORS preflight (CSRF).
const fileTypes = new Set(['application/octet-stream', 'application/gzip', 'application/x-gzip', 'text/csv', 'application/json']);

/**
 * POST /import/register?municipality=3420,3419,3422&industry=16,52.1&fileName=enheter.csv.gz
 * with the bulk file as the request body (streamed, never buffered). The answer
 * is NDJSON, one line at a time: `{"progress":{bytesRead,totalBytes,rowsRead,rowsKept}}`
 * a few times a second, then `{"report":{…}}` or `{"error":"…"}`. A browser can
 * also follow the upload with XMLHttpRequest's upload progress: the server
 * reads the body only as fast as it imports it. ADMIN and LEADER.
 */
export function registerImportRoutes(db: Database, sessionPolicy: SessionPolicy): express.Router {
  const router = express.Router();
  router.post('/register', async (req, res, next) => {
    try {
      const ctx = await createRequestContext(db, sessionPolicy, req, { set: () => undefined, clear: () => undefined });
      if (!ctx.viewer) return void res.status(401).type('text').send('Du må logge inn.');
      if (!canManageSettings.includes(ctx.viewer.role)) return void res.status(403).type('text').send('Du har ikke tilgang til dette.');
      const type = (req.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      if (!fileTypes.has(type)) {
        return void res.status(415).type('text').send('Send fila som application/octet-stream (eller text/csv, application/json, application/gzip).');
      }
      const scope = registerScopeSchema.safeParse({ municipalities: req.query.municipality, industryPrefixes: req.query.industry });
      if (!scope.success) return void res.status(400).type('text').send(scope.error.issues[0]!.message);

      let streaming = false;
      const send = (line: object) => {
        if (!streaming) res.status(200).type('application/x-ndjson; charset=utf-8').setHeader('Cache-Control', 'no-store');
        streaming = true;
        res.write(`${JSON.stringify(line)}\n`);
      };
      try {
        const report = await new RegisterImportService(ctx.em).run(req, {
          scope: scope.data,
          source: RegisterImportSource.UPLOAD,
          fileName: typeof req.query.fileName === 'string' ? req.query.fileName.slice(0, 200) : null,
          actorId: ctx.viewer.id,
          totalBytes: Number(req.get('content-length')) || null,
          onProgress: (progress) => send({ progress }),
        });
        send({ report });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        if (streaming) send({ error: error.message });
        else res.status(error.extensions.code === 'CONFLICT' ? 409 : 400).json({ error: error.message });
      }
      res.end();
    } catch (error) {
      next(error);
    }
  });
  return router;
}
