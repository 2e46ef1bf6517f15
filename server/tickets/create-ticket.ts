import type { Kysely } from 'kysely';
import type { Database } from '../store/schema';
import { addAccessToken } from './add-access-token';
import type { TicketRow } from './find-ticket';
import { insertTicket, type NewTicket } from './insert-ticket';

export type CreateOutcome =
  | { kind: 'created'; ticket: TicketRow; token: string }
  | { kind: 'replayed'; ticket: TicketRow; token: string }
  | { kind: 'key-reused' };

/**
 * Creates the ticket an idempotent submission asks for, or finds the one an earlier try with the
 * same key created. A replay gets a NEW token for the same ticket (tokens are kept only as hashes,
 * so the first one cannot be given again; every token the ticket was given keeps working). The
 * same key with a different body is `key-reused`.
 *
 * @example
 *   const outcome = await createTicket(db, { siteId, body, plan, idempotencyKey, requestHash, now });
 *   if (outcome.kind === 'key-reused') return problem(c, 422, ...);
 */
export async function createTicket(db: Kysely<Database>, input: NewTicket): Promise<CreateOutcome> {
  const earlier = await replay(db, input);
  if (earlier) return earlier;
  const created = await insertTicket(db, input);
  if (created) return { kind: 'created', ...created };
  const winner = await replay(db, input);
  if (!winner) throw new Error('an idempotency key was taken but its ticket cannot be read');
  return winner;
}

async function replay(db: Kysely<Database>, input: NewTicket): Promise<CreateOutcome | undefined> {
  const row = await db
    .selectFrom('idempotency_keys')
    .innerJoin('tickets', 'tickets.id', 'idempotency_keys.ticket_id')
    .selectAll('tickets')
    .select('idempotency_keys.request_hash')
    .where('idempotency_keys.site_id', '=', input.siteId)
    .where('idempotency_keys.key', '=', input.idempotencyKey)
    .executeTakeFirst();
  if (!row) return undefined;
  const { request_hash, ...ticket } = row;
  if (request_hash !== input.requestHash) return { kind: 'key-reused' };
  return { kind: 'replayed', ticket, token: await addAccessToken(db, ticket.id, input.now) };
}
