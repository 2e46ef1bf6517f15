import { randomUUID } from 'node:crypto';
import type { Insertable, Kysely } from 'kysely';
import type { CreateTicket } from '../contract/tickets';
import type { Database, TicketsTable } from '../store/schema';
import { addAccessToken } from './add-access-token';
import type { TicketRow } from './find-ticket';
import { newReference } from './new-reference';

export interface NewTicket {
  siteId: string;
  body: CreateTicket;
  /** The plan from a verified identity, or null for an anonymous visitor. */
  plan: string | null;
  idempotencyKey: string;
  requestHash: string;
  now: Date;
}

class KeyTaken extends Error {}

/**
 * Stores a new ticket with its first message, its first token and its idempotency key, all in one
 * transaction. When another request already holds the key (a concurrent retry that won), the
 * whole transaction is rolled back and the answer is `undefined`: the caller reads the winner.
 * A reference that happens to be taken already is drawn again.
 *
 * @example const created = await insertTicket(db, { siteId, body, plan: null, idempotencyKey, requestHash, now });
 */
export async function insertTicket(db: Kysely<Database>, input: NewTicket): Promise<{ ticket: TicketRow; token: string } | undefined> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const row = ticketRow(input, newReference());
    try {
      const created = await db.transaction().execute(async (trx) => {
        const inserted = await trx.insertInto('tickets').values(row).onConflict((oc) => oc.column('reference').doNothing()).executeTakeFirst();
        if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return undefined;
        const claimed = await trx
          .insertInto('idempotency_keys')
          .values({ site_id: input.siteId, key: input.idempotencyKey, request_hash: input.requestHash, ticket_id: row.id, created_at: row.created_at })
          .onConflict((oc) => oc.columns(['site_id', 'key']).doNothing())
          .executeTakeFirst();
        if (Number(claimed.numInsertedOrUpdatedRows ?? 0) === 0) throw new KeyTaken();
        await trx
          .insertInto('messages')
          .values({ id: randomUUID(), ticket_id: row.id, author: 'visitor', staff_id: null, body: input.body.message, internal: 0, created_at: row.created_at, seq: 1 })
          .execute();
        return { ticket: row, token: await addAccessToken(trx, row.id, input.now) };
      });
      if (created) return created;
    } catch (error) {
      if (error instanceof KeyTaken) return undefined;
      throw error;
    }
  }
  throw new Error('could not draw a free ticket reference');
}

function ticketRow({ siteId, body, plan, now }: NewTicket, reference: string): Insertable<TicketsTable> & TicketRow {
  const at = now.toISOString();
  return {
    id: randomUUID(),
    site_id: siteId,
    reference,
    name: body.name,
    email: body.email,
    email_key: body.email.toLowerCase(),
    subject: body.subject,
    category: body.category,
    urgent_reason: body.urgent ?? null,
    locale: body.locale,
    page_url: body.pageUrl ?? null,
    viewed_articles: JSON.stringify(body.viewedArticles ?? []),
    search_text: body.searchText ?? null,
    plan,
    identity_verified: plan === null ? 0 : 1,
    status: 'open',
    solved_by: null,
    created_at: at,
    updated_at: at,
    solved_at: null,
    first_reply_at: null,
    last_customer_at: at,
    last_staff_at: null,
    unanswered: 1,
    visitor_read_seq: 0,
  };
}
