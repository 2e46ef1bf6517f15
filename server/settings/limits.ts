import { z } from 'zod';

/** At most `max` requests per fixed window of `windowSeconds`. */
export interface RateWindow {
  max: number;
  windowSeconds: number;
}

const allowance = (max: number, windowSeconds: number) =>
  z
    .object({
      max: z.number().int().positive().default(max),
      windowSeconds: z.number().int().positive().max(86_400, 'at most a day (86400)').default(windowSeconds),
    })
    .prefault({});

/**
 * How much the API accepts from one visitor. Every field is optional; the defaults:
 *
 * - `bodyBytes`: 65536 (64 KiB), the largest request body the API reads; larger is a 413.
 * - `perIp`: 30 per 600 s (10 minutes) per client address and route, counted on every public
 *   write (POST, PUT, PATCH, DELETE outside /api/staff and the contact centre's queue-time push).
 * - `perEmail`: 5 per 3600 s (an hour) per e-mail address (lower-cased) and route, for bodies with
 *   an `email` field (ticket creation, "resend my links"), from whichever address they come.
 *
 * Over a limit is a 429 with Retry-After. The counters live in the store, so they hold across
 * every process behind a load balancer.
 *
 * @example
 *   Limits.parse({ perIp: { max: 100 } });
 *   // { bodyBytes: 65536, perIp: { max: 100, windowSeconds: 600 }, perEmail: { max: 5, windowSeconds: 3600 } }
 */
export const Limits = z
  .object({
    bodyBytes: z.number().int().min(1024, 'at least 1024').default(65_536),
    perIp: allowance(30, 600),
    perEmail: allowance(5, 3600),
  })
  .prefault({});
export type Limits = z.infer<typeof Limits>;
