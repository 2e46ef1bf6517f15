import type { TicketMessage } from '../../server/contract/tickets';
import { dayAndTime } from '../i18n/format';
import type { TicketMessages } from '../i18n/ticket-messages';
import { ReplyRating } from './ReplyRating';

interface Props {
  t: TicketMessages;
  locale: string;
  message: TicketMessage;
  style: 'hearts' | 'stars';
  ratingFailed: boolean;
  onRate(value: number): void;
}

/**
 * One message of a conversation. Its body is whatever a visitor or staff member typed, so it is
 * only ever a text node (line breaks kept by CSS), never HTML.
 */
export function ConversationMessage({ t, locale, message, style, ratingFailed, onRate }: Props) {
  const staff = message.author === 'staff';
  const at = new Date(message.createdAt);
  return (
    <li class="message" data-author={message.author}>
      <p class="message-meta">
        <span class="message-author">{message.authorName}</span>
        {staff && <span class="message-role"> · {t.fromSupport}</span>}
        {' · '}
        <time dateTime={message.createdAt}>{t.messageTime(dayAndTime(at, new Date(), locale))}</time>
      </p>
      <p class="message-body">{message.body}</p>
      {staff && <ReplyRating t={t} style={style} messageId={message.id} value={message.rating} onRate={onRate} />}
      {ratingFailed && (
        <p class="field-error" role="alert">
          {t.ratingFailed}
        </p>
      )}
    </li>
  );
}
