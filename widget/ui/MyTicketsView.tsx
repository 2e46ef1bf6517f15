import { useLayoutEffect, useRef } from 'preact/hooks';
import type { TicketAccess } from '../client/api-client';
import { plural } from '../i18n/format';
import type { TicketMessages } from '../i18n/ticket-messages';
import { relativeTime } from '../i18n/relative-time';
import type { MyTicketsModel, TicketSummary } from '../models/my-tickets-model';

interface Props {
  t: TicketMessages;
  locale: string;
  tickets: MyTicketsModel;
  onOpen(access: TicketAccess): void;
  onBack(): void;
}

/** "My tickets": each remembered ticket with its status, last update and unread replies. */
export function MyTicketsView({ t, locale, tickets, onOpen, onBack }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), []);
  const list = tickets.tickets.value;
  const removed = tickets.removed.value;

  return (
    <div class="my-tickets-view">
      <button type="button" class="back" onClick={onBack}>
        <span aria-hidden="true">←</span> {t.back}
      </button>
      <h2 tabIndex={-1} ref={heading}>
        {t.myTickets}
      </h2>
      <p>{list.length ? t.myTicketsIntro : t.ticketsEmpty}</p>
      <div role="status">
        {removed.map((reference) => (
          <p key={reference} class="note-box removed-note">
            {t.ticketRemoved(reference)}
          </p>
        ))}
      </div>
      {list.length > 0 && (
        <ul class="ticket-list">
          {list.map((access) => (
            <li key={access.reference}>
              <TicketItem t={t} locale={locale} access={access} summary={tickets.summaries.value[access.reference]} onOpen={onOpen} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function TicketItem({ t, locale, access, summary, onOpen }: { t: TicketMessages; locale: string; access: TicketAccess; summary: TicketSummary | undefined; onOpen(access: TicketAccess): void }) {
  const ticket = summary?.status === 'ready' ? summary.ticket : undefined;
  return (
    <button type="button" class="ticket-item" data-reference={access.reference} onClick={() => onOpen(access)}>
      <span class="ticket-item-subject">{ticket ? ticket.subject : access.reference}</span>
      {ticket ? (
        <span class="ticket-item-meta">
          <span class="ticket-ref">{ticket.reference}</span> · <span class="ticket-status" data-status={ticket.status}>{t.ticketStatus[ticket.status]}</span> ·{' '}
          {t.updatedAgo(relativeTime(new Date(ticket.updatedAt), new Date(), locale))}
        </span>
      ) : (
        <span class="ticket-item-meta">{summary?.status === 'error' ? t.ticketUnavailable : t.ticketLoading}</span>
      )}
      {ticket && ticket.unreadReplies > 0 && <span class="unread-count">{plural(locale, ticket.unreadReplies, t.newReplies)}</span>}
    </button>
  );
}
