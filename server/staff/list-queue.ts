import { sql, type Kysely } from 'kysely';
import type { QueueItem } from '../contract/staff';
import type { Database } from '../store/schema';
import { isEscalated, type QueueKey } from './queue-order';

/**
 * When a ticket started waiting for staff, in SQL: the twin of `waitingSince()` in queue-order.ts
 * (oldest customer message after the last staff reply that is not a note; else that reply; else
 * the ticket's creation). Portable SQL: runs the same on SQLite and PostgreSQL.
 */
const WAITING_SINCE = sql<string>`coalesce(
  (select min(m.created_at) from messages m
    where m.ticket_id = t.id and m.author = 'visitor' and m.internal = 0
      and m.seq > coalesce((select max(r.seq) from messages r where r.ticket_id = t.id and r.author = 'staff' and r.internal = 0), 0)),
  t.last_staff_at, t.created_at)`;

/** 0 for urgent tickets, 1 for the rest: sorts urgent first, the way compareQueue does. */
const CALM = sql<number>`case when t.urgent_reason is null then 1 else 0 end`;

/**
 * One page of the staff queue: every open ticket, in `compareQueue` order, starting after the
 * ticket `after` names. `total` counts every open ticket; `more` says a next page exists. Nothing
 * is filtered out: status 'open' is the whole condition.
 *
 * @example const { items, total, more } = await listQueue(db, { limit: 100 });
 */
export async function listQueue(db: Kysely<Database>, { limit, after }: { limit: number; after?: QueueKey }): Promise<{ items: QueueItem[]; total: number; more: boolean }> {
  const open = db
    .selectFrom('tickets as t')
    .where('t.status', '=', 'open')
    .select(['t.reference', 't.site_id', 't.name', 't.subject', 't.category', 't.urgent_reason', 't.status', 't.plan', 't.created_at', 't.unanswered', CALM.as('calm'), WAITING_SINCE.as('waiting_since')]);
  let page = db.selectFrom(open.as('q')).selectAll();
  if (after) {
    page = page.where(sql<boolean>`(q.calm, q.waiting_since, q.created_at, q.reference) > (${after.urgent ? 0 : 1}, ${after.waitingSince}, ${after.createdAt}, ${after.reference})`);
  }
  const rows = await page.orderBy('q.calm').orderBy('q.waiting_since').orderBy('q.created_at').orderBy('q.reference').limit(limit + 1).execute();
  const { count } = await db.selectFrom('tickets').select((eb) => eb.fn.countAll().as('count')).where('status', '=', 'open').executeTakeFirstOrThrow();
  const items = rows.slice(0, limit).map(
    (row): QueueItem => ({
      reference: row.reference,
      siteId: row.site_id,
      name: row.name,
      subject: row.subject,
      category: row.category as QueueItem['category'],
      urgentReason: row.urgent_reason as QueueItem['urgentReason'],
      status: row.status as QueueItem['status'],
      plan: row.plan,
      createdAt: row.created_at,
      waitingSince: row.waiting_since,
      customerMessagesSinceReply: Number(row.unanswered),
      escalated: isEscalated(Number(row.unanswered)),
    }),
  );
  return { items, total: Number(count), more: rows.length > limit };
}
