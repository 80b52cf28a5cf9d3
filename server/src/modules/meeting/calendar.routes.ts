import express from 'express';
import { z } from 'zod';
import { createRequestContext } from '../../app/context';
import type { Database } from '../../shared/database/database';
import { canReadPersonalData } from '../auth/roles';
import type { SessionPolicy } from '../auth/session.service';
import { meetingsOfProspect, meetingsOfUser, toICalendar } from './meeting.calendar';

/** GET /calendar/my-meetings.ics and /calendar/prospects/:id.ics, for the signed-in team. */
export function calendarRoutes(db: Database, sessionPolicy: SessionPolicy): express.Router {
  const router = express.Router();

  router.get(['/my-meetings.ics', '/prospects/:id.ics'], async (req, res, next) => {
    try {
      const ctx = await createRequestContext(db, sessionPolicy, req, { set: () => undefined, clear: () => undefined });
      if (!ctx.viewer) return void res.status(401).type('text').send('Du må logge inn.');
      if (!canReadPersonalData.includes(ctx.viewer.role)) return void res.status(403).type('text').send('Du har ikke tilgang til dette.');

      const prospectId = typeof req.params.id === 'string' ? req.params.id : undefined;
      let rows;
      let name = 'Mine møter i Magnet';
      if (prospectId !== undefined) {
        if (!z.uuid().safeParse(prospectId).success) return void res.status(404).type('text').send('Fant ikke bedriften.');
        const [prospect] = await ctx.em.query(`SELECT name FROM prospects WHERE id = $1`, [prospectId]);
        if (!prospect) return void res.status(404).type('text').send('Fant ikke bedriften.');
        name = `Møter med ${prospect.name}`;
        rows = await meetingsOfProspect(ctx.em, prospectId);
      } else {
        rows = await meetingsOfUser(ctx.em, ctx.viewer.id);
      }
      const file = prospectId ? `magnet-${prospectId}.ics` : 'magnet-mine-moter.ics';
      res
        .type('text/calendar; charset=utf-8')
        .setHeader('Content-Disposition', `attachment; filename="${file}"`)
        .setHeader('Cache-Control', 'private, no-store')
        .send(toICalendar(name, rows));
    } catch (error) {
      next(error);
    }
  });
  return router;
}
