import { Hono } from 'hono';
import * as z from 'zod/mini';
import type { ApiDeps } from '../api/deps';
import { QueueQuery, type Queue } from '../contract/staff';
import type { ApiEnv } from '../http/env';
import { problem } from '../http/problem';
import { fieldErrors } from '../http/validate-json';
import { listQueue } from './list-queue';
import { decodeCursor, encodeCursor } from './queue-cursor';

const DEFAULT_LIMIT = 100;

/**
 * `GET /api/staff/queue`: the open tickets in the order staff should work them, a page at a time
 * (`?limit=`, `?cursor=` from the page before), with the total so no ticket goes unseen.
 *
 * @example staff.route('/queue', queueRoute(deps));
 */
export function queueRoute(deps: ApiDeps) {
  return new Hono<ApiEnv>().get('/', async (c) => {
    const query = z.safeParse(QueueQuery, c.req.query());
    if (!query.success) return problem(c, 422, 'invalid-query', 'Some query parameters are not valid.', fieldErrors(query.error));
    const { limit = DEFAULT_LIMIT, cursor } = query.data;
    const after = cursor === undefined ? undefined : decodeCursor(cursor);
    if (cursor !== undefined && !after) {
      return problem(c, 422, 'invalid-query', 'The cursor is not one this server gave out.', [{ field: 'cursor', message: 'is not a queue cursor' }]);
    }
    const { items, total, more } = await listQueue(deps.db, { limit, after });
    const last = items.at(-1);
    const nextCursor = more && last ? encodeCursor({ urgent: last.urgentReason !== null, waitingSince: last.waitingSince, createdAt: last.createdAt, reference: last.reference }) : null;
    return c.json({ total, items, nextCursor } satisfies Queue);
  });
}
