import type { AppContext } from './boot/app-contract';
import type { ApiClient } from './client/api-client';
import type { MyTicketsModel } from './models/my-tickets-model';
import { createConversationModel } from './models/ticket-conversation-model';
import { createTicketFormModel, type TicketFormDeps } from './models/ticket-form-model';
import myTicketsStyles from './ui/my-tickets.css?inline';
import ticketFormStyles from './ui/ticket-form.css?inline';
import { TicketViews } from './ui/TicketViews';

export interface TicketPartsDeps {
  /** Everything the form needs; the stores and the host context stay with the entry. */
  form: TicketFormDeps;
  /** "My tickets", which the entry keeps for the launcher's badge. */
  list: MyTicketsModel;
  loadClient(): Promise<ApiClient>;
  emit: AppContext['emit'];
}

/**
 * The ticket chunk's entry: the ticket form, the conversation, their views, strings and styles,
 * loaded when the visitor heads for them (see widget/app.ts). It imports no zod: the contract's
 * schemas come in with `deps.form.schemas` (see models/ticket-contract.ts).
 *
 * @example const parts = createTicketParts({ form: formDeps, list: myTickets, loadClient, emit });
 */
export function createTicketParts({ form, list, loadClient, emit }: TicketPartsDeps) {
  return {
    form: createTicketFormModel(form),
    conversation: createConversationModel({ loadClient, emit, onTicket: list.update, onGone: list.forget }),
    styles: { 'my-tickets': myTicketsStyles, 'ticket-form': ticketFormStyles },
    View: TicketViews,
  };
}
export type TicketParts = ReturnType<typeof createTicketParts>;
