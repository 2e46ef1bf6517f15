import type { Kysely } from 'kysely';
import * as z from 'zod/mini';
import { TicketReference } from '../contract/tickets';
import type { Database } from '../store/schema';
import type { TicketRow } from '../tickets/find-ticket';

/**
 * A ticket by its reference alone, for staff (who may see every ticket): typed in any case,
 * `k7f-93qd` finds `K7F-93QD`. Undefined for an unknown or malformed reference.
 *
 * @example const ticket = await findTicketByReference(db, c.req.param('ref'));
 */
export async function findTicketByReference(db: Kysely<Database>, reference: string | undefined): Promise<TicketRow | undefined> {
  const normalised = (reference ?? '').toUpperCase();
  if (!z.safeParse(TicketReference, normalised).success) return undefined;
  return db.selectFrom('tickets').selectAll().where('reference', '=', normalised).executeTakeFirst();
}
