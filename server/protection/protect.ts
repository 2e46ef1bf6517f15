import type { MiddlewareHandler } from 'hono';
import type { ApiDeps } from '../api/deps';
import type { ApiEnv } from '../http/env';
import { bodySizeLimit } from './body-size-limit';
import { clientAddress } from './client-address';
import { corsPerSite } from './cors-per-site';
import { rateLimits } from './rate-limits';

/**
 * The API's protection, as middleware to install in this order before the site is resolved: the
 * client's address (X-Forwarded-For only from trusted proxies), CORS for the sites' origins only,
 * the body size limit, then rate limits per address and per e-mail on public writes.
 *
 * @example for (const middleware of protect(deps)) api.use('*', middleware);
 */
export function protect(deps: ApiDeps): MiddlewareHandler<ApiEnv>[] {
  return [clientAddress(deps.trustedProxies), corsPerSite(deps.settings), bodySizeLimit(deps.settings.limits.bodyBytes), rateLimits(deps)];
}
