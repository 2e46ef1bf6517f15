import { randomUUID } from 'node:crypto';
import { Hono, type Context } from 'hono';
import type { Selectable } from 'kysely';
import type { ApiDeps } from '../api/deps';
import { SavedReplyInput, type SavedReply, type SavedReplyList } from '../contract/staff';
import type { ApiEnv } from '../http/env';
import { problem } from '../http/problem';
import { readJson } from '../http/validate-json';
import type { SavedRepliesTable } from '../store/schema';

const view = (row: Selectable<SavedRepliesTable>): SavedReply => ({ id: row.id, title: row.title, body: row.body, createdBy: row.created_by, createdAt: row.created_at, updatedAt: row.updated_at });

const notFound = (c: Context) => problem(c, 404, 'saved-reply-not-found', 'No saved reply has this id.', [{ field: 'id', message: 'is not a saved reply' }]);

/**
 * `/api/staff/saved-replies`: the answers the team agreed on, shared by every agent. List (by
 * title), create, replace, delete.
 *
 * @example staff.route('/saved-replies', savedReplyRoutes(deps));
 */
export function savedReplyRoutes(deps: ApiDeps) {
  const { db, clock } = deps;
  return new Hono<ApiEnv>()
    .get('/', async (c) => {
      const rows = await db.selectFrom('saved_replies').selectAll().orderBy('title').orderBy('created_at').execute();
      return c.json({ items: rows.map(view) } satisfies SavedReplyList);
    })
    .post('/', async (c) => {
      const input = await readJson(c, SavedReplyInput);
      if (!input.ok) return input.response;
      const now = clock.now().toISOString();
      const row = { id: randomUUID(), ...input.value, created_by: c.var.staff.id, created_at: now, updated_at: now };
      await db.insertInto('saved_replies').values(row).execute();
      return c.json(view(row), 201);
    })
    .put('/:id', async (c) => {
      const input = await readJson(c, SavedReplyInput);
      if (!input.ok) return input.response;
      const row = await db.updateTable('saved_replies').set({ ...input.value, updated_at: clock.now().toISOString() }).where('id', '=', c.req.param('id')).returningAll().executeTakeFirst();
      return row ? c.json(view(row)) : notFound(c);
    })
    .delete('/:id', async (c) => {
      const result = await db.deleteFrom('saved_replies').where('id', '=', c.req.param('id')).executeTakeFirst();
      return Number(result.numDeletedRows) > 0 ? c.body(null, 204) : notFound(c);
    });
}
