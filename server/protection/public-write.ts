import type { Context } from 'hono';
import { baseRoutePath, matchedRoutes } from 'hono/route';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Staff work by token all day; the contact centre's system pushes queue times every few seconds. */
const isExempt = (method: string, path: string) =>
  /^\/staff(\/|$)/.test(path) || (method === 'PUT' && /^\/channels\/[^/]+\/queue-time$/.test(path));

/**
 * The rate-limit group of a public write, or undefined when the request is not one: the method and
 * route pattern relative to the API ("POST /tickets/:ref/messages"), so every ticket shares one
 * group and a visitor cannot open new buckets by varying the path. A write no route answers
 * counts as "(no route)". Reads, staff calls and the contact centre's push are not public writes.
 * Called from middleware mounted with `api.use('*', ...)`, whose base is the API's mount point.
 *
 * @example publicWrite(c); // 'POST /tickets'
 */
export function publicWrite(c: Context): string | undefined {
  const method = c.req.method;
  if (!WRITES.has(method)) return undefined;
  const base = baseRoutePath(c);
  const relative = (path: string) => (base === '/' ? path : path.slice(base.length) || '/');
  const path = relative(c.req.path);
  if (isExempt(method, path)) return undefined;
  const route = matchedRoutes(c).findLast((candidate) => candidate.method === method);
  return `${method} ${route ? relative(route.path) : '(no route)'}`;
}
