import type { MiddlewareHandler } from 'hono';
import type { ApiDeps } from '../api/deps';
import type { ApiEnv } from '../http/env';

// Being written (issue 3): client address, CORS per site, body limit, rate limits. Replace this file.
export function protect(_deps: ApiDeps): MiddlewareHandler<ApiEnv>[] {
  return [];
}
