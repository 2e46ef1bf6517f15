import type { MiddlewareHandler } from 'hono';
import type { ApiEnv } from '../http/env';
import { problem } from '../http/problem';
import type { Settings } from '../settings/settings';

const ALLOW_METHODS = 'GET, POST, PUT, PATCH, DELETE';
const ALLOW_HEADERS = 'Content-Type, Authorization, Idempotency-Key, X-Identity-Email, X-Identity-Plan, X-Identity-Signature';

/**
 * CORS for the sites' own pages only. A listed origin gets itself echoed back (never `*`), on
 * preflights and on every answer, errors included, so the widget can read a 429's Retry-After.
 * Any other Origin, `null` included, is a 403 problem carrying no allow headers, so the browser
 * reads nothing. No credentials: the API uses no cookies. A request without an Origin (a server,
 * curl) is not a CORS request and passes untouched.
 *
 * @example api.use('*', corsPerSite(settings));
 */
export function corsPerSite(settings: Settings): MiddlewareHandler<ApiEnv> {
  const allowed = new Set(settings.sites.flatMap((site) => site.origins));
  return async (c, next) => {
    const origin = c.req.header('Origin');
    if (origin === undefined) {
      await next();
      c.header('Vary', 'Origin', { append: true });
      return;
    }
    if (!allowed.has(origin)) {
      return problem(c, 403, 'origin-not-allowed', `${origin} is not one of this server's sites.`, [{ field: 'Origin', message: 'is not an allowed origin' }], { Vary: 'Origin' });
    }
    if (c.req.method === 'OPTIONS' && c.req.header('Access-Control-Request-Method')) {
      return c.body(null, 204, {
        'Access-Control-Allow-Origin': origin,
        'Access-Control-Allow-Methods': ALLOW_METHODS,
        'Access-Control-Allow-Headers': ALLOW_HEADERS,
        'Access-Control-Max-Age': '600',
        Vary: 'Origin',
      });
    }
    await next();
    c.header('Access-Control-Allow-Origin', origin);
    c.header('Access-Control-Expose-Headers', 'Retry-After');
    c.header('Vary', 'Origin', { append: true });
  };
}
