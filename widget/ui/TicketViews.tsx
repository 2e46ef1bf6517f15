import { ticketMessagesFor } from '../i18n/ticket-messages';
import type { MyTicketsModel } from '../models/my-tickets-model';
import type { ConversationModel } from '../models/ticket-conversation-model';
import type { TicketFormModel } from '../models/ticket-form-model';
import type { WidgetModel } from '../models/widget-model';
import { ConversationView } from './ConversationView';
import { MyTicketsView } from './MyTicketsView';
import { TicketForm } from './TicketForm';
import { TicketSent } from './TicketSent';

/** The panel's views that come with the ticket chunk. */
export type TicketViewName = 'form' | 'sent' | 'tickets' | 'ticket';

interface Props {
  view: TicketViewName;
  model: WidgetModel;
  form: TicketFormModel;
  conversation: ConversationModel;
  list: MyTicketsModel;
  /** The panel's language, for the strings. */
  language: string;
  /** The locale numbers and dates are formatted in. */
  locale: string;
}

/**
 * The ticket form, its confirmation, "My tickets" or one conversation, in the panel's content
 * area, with the strings that came with them in the chunk.
 */
export function TicketViews({ view, model, form, conversation, list, language, locale }: Props) {
  const t = ticketMessagesFor(language);
  if (view === 'tickets') return <MyTicketsView t={t} locale={locale} tickets={list} onOpen={model.showTicket} onBack={model.leaveTickets} />;
  if (view === 'ticket') return <ConversationView t={t} locale={locale} conversation={conversation} onBack={model.leaveTicket} />;
  if (view === 'sent' && form.sent.value) return <TicketSent t={t} form={form} locale={locale} onOpenArticle={model.pick} onViewTicket={model.showTicket} />;
  return <TicketForm t={t} form={form} locale={locale} onBack={model.leaveForm} onOpenArticle={model.pick} />;
}
