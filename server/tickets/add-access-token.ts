import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../store/schema';
import { hashAccessToken, newAccessToken } from './access-token';

/**
 * Mints another access token for a ticket and stores its hash; returns the token, which exists
 * nowhere else from then on. A ticket keeps every token it was given (first submission, retries,
 * "resend my links"), so an older link keeps working.
 *
 * @example const token = await addAccessToken(db, ticket.id, now);
 */
export async function addAccessToken(db: Kysely<Database> | Transaction<Database>, ticketId: string, now: Date): Promise<string> {
  const token = newAccessToken();
  await db.insertInto('ticket_tokens').values({ token_hash: hashAccessToken(token), ticket_id: ticketId, created_at: now.toISOString() }).execute();
  return token;
}
