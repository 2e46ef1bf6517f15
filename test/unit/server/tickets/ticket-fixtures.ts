import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../../../server/store/schema';
import type { Connection } from '../../../../server/store/database';
import { testApp, testSettings } from '../support/test-app';

type Request = ReturnType<typeof testApp>['request'];

/** Rate limits high enough never to bite: they are another part's tests, and this file shares one store. */
const UNLIMITED = { perIp: { max: 1_000_000 }, perEmail: { max: 1_000_000 } };

/**
 * testApp with rate limits out of the way; `settings` overrides testSettings' fields (sites, say).
 *
 * @example const { request } = ticketApp(connection());
 */
export function ticketApp(connection: Connection, settings: Record<string, unknown> = {}, options: Omit<Parameters<typeof testApp>[1], 'settings'> = {}) {
  return testApp(connection, { ...options, settings: testSettings({ limits: UNLIMITED, ...settings }) });
}

/** A valid CreateTicket body with an address no other test uses. */
export function ticketBody(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Zebulon Quackenbush',
    email: `zebulon-${randomUUID().slice(0, 8)}@example.com`,
    subject: 'No mail since this morning',
    message: 'Since 07:00 nothing arrives in the info@ mailbox.',
    category: 'email',
    locale: 'en',
    ...overrides,
  };
}

/** Submits a ticket the way the widget does; `key` defaults to a fresh UUID. */
export function submitTicket(request: Request, body: unknown, key: string | null = randomUUID()) {
  return request('/api/tickets', { method: 'POST', json: body, headers: key === null ? {} : { 'Idempotency-Key': key } });
}

/** Submits a ticket and returns the TicketCreated answer (failing loudly when it is not a 201). */
export async function openTicket(request: Request, overrides: Record<string, unknown> = {}) {
  const body = ticketBody(overrides);
  const response = await submitTicket(request, body);
  if (response.status !== 201) throw new Error(`expected 201, got ${response.status}: ${await response.text()}`);
  const created = (await response.json()) as { reference: string; token: string; status: string; createdAt: string; expectedReplyAt: string | null };
  return { ...created, body };
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

export function ticketRow(db: Kysely<Database>, reference: string) {
  return db.selectFrom('tickets').selectAll().where('reference', '=', reference).executeTakeFirstOrThrow();
}

/**
 * What a staff reply does to the store (the staff API is another part): the message, and the
 * ticket waiting on the customer. Returns the message id.
 */
export async function staffReply(db: Kysely<Database>, reference: string, body: string, at: string, options: { internal?: boolean; staffId?: string } = {}) {
  const ticket = await ticketRow(db, reference);
  const last = await db.selectFrom('messages').select((eb) => eb.fn.max('seq').as('seq')).where('ticket_id', '=', ticket.id).executeTakeFirst();
  const id = randomUUID();
  await db
    .insertInto('messages')
    .values({ id, ticket_id: ticket.id, author: 'staff', staff_id: options.staffId ?? 'anna', body, internal: options.internal ? 1 : 0, created_at: at, seq: Number(last?.seq ?? 0) + 1 })
    .execute();
  if (!options.internal) {
    await db
      .updateTable('tickets')
      .set({ status: 'waiting', unanswered: 0, last_staff_at: at, first_reply_at: ticket.first_reply_at ?? at, updated_at: at })
      .where('id', '=', ticket.id)
      .execute();
  }
  return id;
}
