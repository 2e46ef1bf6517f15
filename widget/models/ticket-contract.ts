import type * as z from 'zod/mini';
import { CreateTicket, UrgentReason } from '../../server/contract/tickets';
import type { FieldName } from './ticket-fields';

/** The contract's schema for each field of the ticket form. */
export type TicketFieldSchemas = Record<FieldName, z.ZodMiniType>;

const shape = CreateTicket.shape;

/**
 * The schemas the ticket form checks its fields with, handed to the lazily loaded ticket chunk
 * instead of imported by it, for the reason widget/client/api-contract.ts gives: zod stays in the
 * app entry, so its `__zod_globalConfig` appears after boot/new-globals.ts looks and goes with
 * destroy(). Only the entry imports this file at runtime.
 *
 * @example createTicketFormModel({ ...deps, schemas: ticketFieldSchemas })
 */
export const ticketFieldSchemas: TicketFieldSchemas = {
  name: shape.name,
  email: shape.email,
  subject: shape.subject,
  message: shape.message,
  category: shape.category,
  // The contract takes no reason at all; a ticket marked urgent needs one, from the same enum.
  urgentReason: UrgentReason,
};
