import { messagesFor, type Messages } from './messages';
import * as myTickets from './my-tickets-messages';
import * as ticketForm from './ticket-form-messages';

/** Every string the ticket views show: the shell's and their own. */
export type TicketMessages = Messages & typeof ticketForm.en & typeof myTickets.en;

const own: Record<string, typeof ticketForm.en & typeof myTickets.en> = {
  en: { ...ticketForm.en, ...myTickets.en },
  sv: { ...ticketForm.sv, ...myTickets.sv },
  nl: { ...ticketForm.nl, ...myTickets.nl },
  da: { ...ticketForm.da, ...myTickets.da },
};
const merged = new Map<string, TicketMessages>();

/**
 * The strings of the ticket form, "My tickets" and the conversation for a locale, English where
 * we have no translation. They load with the ticket chunk, so the panel shell carries none of them.
 *
 * @example ticketMessagesFor('sv').formTitle // 'Skriv till supporten'
 */
export function ticketMessagesFor(locale: string): TicketMessages {
  const key = own[locale] ? locale : 'en';
  let found = merged.get(key);
  if (!found) merged.set(key, (found = { ...messagesFor(key), ...own[key]! }));
  return found;
}
