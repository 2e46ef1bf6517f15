import { Hono } from 'hono';
import { channelRoutes } from '../channels/channel-routes';
import type { ApiEnv } from '../http/env';
import { problem } from '../http/problem';
import { requestLog } from '../http/request-log';
import { resolveSite } from '../http/resolve-site';
import { incidentRoutes } from '../incidents/incident-routes';
import { openApiRoutes } from '../openapi/openapi-routes';
import { protect } from '../protection/protect';
import { ratingRoutes } from '../ratings/rating-routes';
import { staffRoutes } from '../staff/staff-routes';
import { ticketRoutes } from '../tickets/ticket-routes';
import type { ApiDeps } from './deps';

/**
 * The JSON API under /api: wiring only. Order matters: protection first (client address, CORS,
 * body size, rate limits), then the site the request is for, then the routes.
 *
 * @example app.route('/api', createApi(deps));
 */
export function createApi(deps: ApiDeps) {
  const api = new Hono<ApiEnv>();
  api.use('*', requestLog(deps.logger));
  for (const middleware of protect(deps)) api.use('*', middleware);
  api.use('*', resolveSite(deps.settings));

  api.route('/tickets', ticketRoutes(deps));
  api.route('/', ratingRoutes(deps));
  api.route('/staff', staffRoutes(deps));
  api.route('/channels', channelRoutes(deps));
  api.route('/incidents', incidentRoutes(deps));
  api.route('/', openApiRoutes(deps));

  api.notFound((c) => problem(c, 404, 'not-found', `Nothing at ${c.req.method} ${c.req.path}.`));
  api.onError((error, c) => {
    deps.logger.error({ err: error, method: c.req.method, route: c.req.routePath }, 'request failed');
    return problem(c, 500, 'internal', 'Something went wrong on our side. Nothing you sent was kept; please try again.');
  });
  return api;
}
