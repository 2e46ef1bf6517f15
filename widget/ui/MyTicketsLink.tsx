import { plural } from '../i18n/format';
import type { Messages } from '../i18n/messages';

/** "My tickets" in the panel's footer, with the number of unread replies when there are any. */
export function MyTicketsLink({ t, locale, unread, onOpen }: { t: Messages; locale: string; unread: number; onOpen(): void }) {
  return (
    <button type="button" class="link-button my-tickets-link" aria-label={unread ? plural(locale, unread, t.myTicketsWithUnread) : undefined} onClick={onOpen}>
      {t.myTickets}
      {unread > 0 && (
        <span class="count-badge" aria-hidden="true">
          {unread}
        </span>
      )}
    </button>
  );
}
