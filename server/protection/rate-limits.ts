import type { Context, MiddlewareHandler } from 'hono';
import type { ApiDeps } from '../api/deps';
import type { ApiEnv } from '../http/env';
import { problem } from '../http/problem';
import type { RateWindow } from '../settings/limits';
import { addressGroup } from './address-group';
import { bodyEmail } from './body-email';
import { countHits } from './count-hits';
import { publicWrite } from './public-write';
import { sweepWindows } from './sweep-windows';

type Limit = { bucket: string; window: RateWindow; field: string; whose: string };

const tooMany = (c: Context, { field, whose }: Limit, seconds: number) =>
  problem(
    c,
    429,
    'rate-limited',
    `Too many requests ${whose}; please try again in ${seconds < 120 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`}.`,
    [{ field, message: `has sent too many requests; try again in ${seconds} seconds` }],
    { 'Retry-After': String(seconds) },
  );

/**
 * Rate limits on every public write (see `publicWrite`), before the route runs: per client address
 * (`settings.limits.perIp`) and, when the JSON body has an `email` field, per e-mail address
 * (`settings.limits.perEmail`), each per route in fixed windows kept in the store. Every request
 * counts in both buckets. Over a limit: 429 problem naming `(client)` or `email`, with Retry-After
 * in seconds to the end of the window. Needs `c.var.clientIp` (clientAddress first).
 *
 * @example api.use('*', rateLimits(deps));
 */
export function rateLimits({ db, clock, settings }: Pick<ApiDeps, 'db' | 'clock' | 'settings'>): MiddlewareHandler<ApiEnv> {
  const { perIp, perEmail } = settings.limits;
  const sweep = sweepWindows(db, perIp.windowSeconds * 1000, Math.max(perIp.windowSeconds, perEmail.windowSeconds) * 1000);
  return async (c, next) => {
    const route = publicWrite(c);
    if (!route) return next();
    const now = clock.now();
    await sweep(now);
    const limits: Limit[] = [{ bucket: `ip:${route}:${addressGroup(c.var.clientIp)}`, window: perIp, field: '(client)', whose: 'from your address' }];
    const email = await bodyEmail(c);
    if (email) limits.push({ bucket: `email:${route}:${email}`, window: perEmail, field: 'email', whose: 'for this e-mail address' });
    const counts = await countHits(db, limits, now);
    for (const limit of limits) {
      const { count, retryAfter } = counts.get(limit.bucket)!;
      if (count > limit.window.max) return tooMany(c, limit, retryAfter);
    }
    return next();
  };
}
