import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { REFERENCE_ALPHABET } from '../../../../server/contract/tickets';
import type { Database } from '../../../../server/store/schema';
import { hashAccessToken, newAccessToken } from '../../../../server/tickets/access-token';
import { ticketRow } from '../support/ticket-row';

// Rows written straight into the store, so rating tests need not go through the ticket and staff
// endpoints. Times are ISO strings, as the server writes them.

const pick = (length: number) => Array.from({ length }, () => REFERENCE_ALPHABET[Math.floor(Math.random() * REFERENCE_ALPHABET.length)]).join('');

export interface SeededTicket {
  id: string;
  reference: string;
  token: string;
}

/** A ticket with a working access token and the visitor's first message. */
export async function seedTicket(
  db: Kysely<Database>,
  options: { siteId?: string; createdAt?: string; status?: 'open' | 'waiting' | 'solved'; solvedAt?: string; solvedBy?: 'visitor' | 'staff' } = {},
): Promise<SeededTicket> {
  const id = randomUUID();
  const reference = `${pick(3)}-${pick(4)}`;
  const token = newAccessToken();
  const createdAt = options.createdAt ?? '2026-11-23T09:00:00.000Z';
  const email = `visitor-${id}@example.com`;
  await db
    .insertInto('tickets')
    .values(
      ticketRow({
        id,
        reference,
        site_id: options.siteId ?? 'kestrel',
        email,
        status: options.status ?? 'open',
        solved_by: options.solvedBy ?? null,
        created_at: createdAt,
        solved_at: options.solvedAt ?? null,
      }),
    )
    .execute();
  await db.insertInto('ticket_tokens').values({ token_hash: hashAccessToken(token), ticket_id: id, created_at: createdAt }).execute();
  await seedMessage(db, id, { author: 'visitor', createdAt });
  return { id, reference, token };
}

/** A message on a ticket: the visitor's, a staff reply, or a staff-only internal note. */
export async function seedMessage(
  db: Kysely<Database>,
  ticketId: string,
  options: { author: 'visitor' | 'staff'; staffId?: string; internal?: boolean; createdAt?: string },
): Promise<string> {
  const id = randomUUID();
  const { count } = await db.selectFrom('messages').select((eb) => eb.fn.countAll<number | string>().as('count')).where('ticket_id', '=', ticketId).executeTakeFirstOrThrow();
  await db
    .insertInto('messages')
    .values({
      id,
      ticket_id: ticketId,
      author: options.author,
      staff_id: options.author === 'staff' ? (options.staffId ?? 'anna') : null,
      body: options.internal ? 'Internal: check the DNS first.' : 'Thanks for writing in.',
      internal: options.internal ? 1 : 0,
      created_at: options.createdAt ?? '2026-11-23T10:00:00.000Z',
      seq: Number(count) + 1,
    })
    .execute();
  return id;
}
