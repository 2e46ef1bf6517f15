import type { MiddlewareHandler } from 'hono';
import type { Settings } from '../settings/settings';
import type { ApiEnv } from './env';
import { problem } from './problem';

/**
 * Finds the site a request belongs to by its Origin header: a browser always sends it on the
 * API's cross-origin calls. A request without one (a server, curl) belongs to the first site.
 * An origin no site lists is refused.
 *
 * @example api.use('*', resolveSite(settings));
 */
export function resolveSite(settings: Settings): MiddlewareHandler<ApiEnv> {
  const byOrigin = new Map(settings.sites.flatMap((site) => site.origins.map((origin) => [origin, site] as const)));
  const fallback = settings.sites[0]!;
  return async (c, next) => {
    const origin = c.req.header('Origin');
    const site = origin ? byOrigin.get(origin) : fallback;
    if (!site) return problem(c, 403, 'origin-not-allowed', `${origin} is not one of this server's sites.`, [{ field: 'Origin', message: 'is not an allowed origin' }]);
    c.set('site', site);
    await next();
  };
}
