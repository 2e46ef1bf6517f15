import type { MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';
import type { ApiEnv } from './env';

/**
 * One log line per API request: method, route pattern (never the query string, never a body),
 * status, time taken and the site. A ticket reference may appear in the path; a token never does,
 * since tokens travel only in headers.
 */
export function requestLog(logger: Logger): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    logger.info(
      { method: c.req.method, route: c.req.routePath, status: c.res.status, ms: Math.round(performance.now() - started), site: c.var.site?.id, ip: c.var.clientIp },
      'request',
    );
  };
}
