import { Hono } from 'hono';
import type { ApiEnv } from '../http/env';
import { problem } from '../http/problem';
import { requestLog } from '../http/request-log';
import { resolveSite } from '../http/resolve-site';
import type { ApiDeps } from './deps';

/**
 * The JSON API under /api: wiring only. Order matters: protection first (client address, CORS,
 * body size), then the site the request is for, then the routes.
 *
 * @example app.route('/api', createApi(deps));
 */
export function createApi(deps: ApiDeps) {
  const api = new Hono<ApiEnv>();
  api.use('*', requestLog(deps.logger));
  api.use('*', resolveSite(deps.settings));

  api.notFound((c) => problem(c, 404, 'not-found', `Nothing at ${c.req.method} ${c.req.path}.`));
  api.onError((error, c) => {
    deps.logger.error({ err: error, method: c.req.method, path: c.req.routePath }, 'request failed');
    return problem(c, 500, 'internal', 'Something went wrong on our side. Nothing you sent was kept; please try again.');
  });
  return api;
}
