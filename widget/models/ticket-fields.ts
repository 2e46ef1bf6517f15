import type { TICKET_CATEGORIES, URGENT_REASONS } from '../../server/contract/tickets';

/**
 * The ticket form's controls as the visitor fills them: strings as typed (an unchosen select is
 * ''), the urgent checkbox apart from its reason, and the honeypot `website` a human never sees.
 */
export interface TicketFields {
  name: string;
  email: string;
  subject: string;
  message: string;
  category: (typeof TICKET_CATEGORIES)[number] | '';
  urgent: boolean;
  urgentReason: (typeof URGENT_REASONS)[number] | '';
  website: string;
}

/** The fields the visitor fills in and can get a message about, in the order the form shows them. */
export const FIELD_NAMES = ['name', 'email', 'subject', 'message', 'category', 'urgentReason'] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

/**
 * A form nobody has touched.
 *
 * @example signal<TicketFields>(emptyTicketFields())
 */
export function emptyTicketFields(): TicketFields {
  return { name: '', email: '', subject: '', message: '', category: '', urgent: false, urgentReason: '', website: '' };
}
