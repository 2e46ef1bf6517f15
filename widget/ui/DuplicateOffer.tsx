import type { TicketMessages } from '../i18n/ticket-messages';
import type { OpenTicket } from '../models/find-open-ticket';

interface Props {
  t: TicketMessages;
  ticket: OpenTicket;
  onAdd(): void;
  onSendAsNew(): void;
}

export const DUPLICATE_TITLE_ID = 'sw-duplicate-title';

/** "You already have an open ticket…": add the message to it, or send a new one anyway. */
export function DuplicateOffer({ t, ticket, onAdd, onSendAsNew }: Props) {
  return (
    <section class="duplicate-offer" aria-labelledby={DUPLICATE_TITLE_ID}>
      <h3 id={DUPLICATE_TITLE_ID} tabIndex={-1}>
        {t.duplicateTitle(ticket.view.reference, ticket.view.subject)}
      </h3>
      <p>{t.duplicateHint}</p>
      <div class="offer-actions">
        <button type="button" class="button add-to-open" onClick={onAdd}>
          {t.addToOpen}
        </button>
        <button type="button" class="button secondary send-as-new" onClick={onSendAsNew}>
          {t.sendAsNew}
        </button>
      </div>
    </section>
  );
}
