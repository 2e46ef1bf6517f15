import { Hono } from 'hono';
import type { ApiDeps } from '../api/deps';
import type { ApiEnv } from '../http/env';

// Being written (issue 3): see the helper brief. Replace this whole file.
export function channelRoutes(_deps: ApiDeps) {
  return new Hono<ApiEnv>();
}
