import type { Context } from 'hono';
import * as z from 'zod/mini';
import { IdempotencyKey } from '../contract/ticket-actions';
import { problem } from '../http/problem';

/**
 * The request's `Idempotency-Key`, or the 400 problem to answer when it is missing or malformed.
 *
 * @example
 *   const key = readIdempotencyKey(c);
 *   if (!key.ok) return key.response;
 */
export function readIdempotencyKey(c: Context): { ok: true; key: string } | { ok: false; response: Response } {
  const header = c.req.header('Idempotency-Key');
  if (header !== undefined && z.safeParse(IdempotencyKey, header).success) return { ok: true, key: header };
  return {
    ok: false,
    response: problem(c, 400, 'idempotency-key-required', 'Send an Idempotency-Key header, the same on every retry of this submission.', [
      { field: 'Idempotency-Key', message: header === undefined ? 'is required' : 'must be 1-200 printable characters' },
    ]),
  };
}
