import { Hono } from 'hono';
import type { ApiDeps } from '../api/deps';
import { CreateIncident } from '../contract/incident-requests';
import type { ApiEnv } from '../http/env';
import { problem } from '../http/problem';
import { readJson } from '../http/validate-json';
import { requireStaff } from '../staff/require-staff';
import { activeIncidents, createIncident, resolveIncident } from './incident-store';

/**
 * `/api/incidents`: `GET /` lists the site's unresolved incidents (anyone); staff `POST /` one
 * and `POST /:id/resolve` it, after which it no longer shows.
 *
 * @example api.route('/incidents', incidentRoutes(deps));
 */
export function incidentRoutes(deps: ApiDeps) {
  const { db, settings, clock } = deps;
  const staff = requireStaff(settings);
  const routes = new Hono<ApiEnv>();

  routes.get('/', async (c) => c.json({ incidents: await activeIncidents(db, c.var.site.id) }, 200, { 'Cache-Control': 'no-store' }));

  routes.post('/', staff, async (c) => {
    const body = await readJson(c, CreateIncident);
    if (!body.ok) return body.response;
    const { channel } = body.value;
    if (channel && !settings.channels.some((candidate) => candidate.id === channel)) {
      return problem(c, 422, 'invalid-body', 'Some fields are missing or not valid.', [{ field: 'channel', message: `is not a configured channel (${settings.channels.map((candidate) => candidate.id).join(', ')})` }]);
    }
    const incident = await createIncident(db, c.var.site.id, c.var.staff.id, body.value, clock.now());
    deps.logger.info({ incident: incident.id, staff: c.var.staff.id }, 'incident opened');
    return c.json(incident, 201);
  });

  routes.post('/:id/resolve', staff, async (c) => {
    const resolved = await resolveIncident(db, c.var.site.id, c.req.param('id'), clock.now());
    if (!resolved) return problem(c, 404, 'incident-not-found', 'This site has no incident with that id.');
    deps.logger.info({ incident: resolved.id, staff: c.var.staff.id }, 'incident resolved');
    return c.json(resolved, 200);
  });

  return routes;
}
