import type { TicketMessages } from '../i18n/ticket-messages';

interface Props {
  t: TicketMessages;
  /** The ticket's rating style, from the server. */
  style: 'hearts' | 'stars';
  messageId: string;
  value: number | null;
  onRate(value: number): void;
}

const STARS = [1, 2, 3, 4, 5];

/**
 * The visitor's rating of one staff reply: a heart that toggles (1 ⇄ 0), or five stars as a
 * radio group of native inputs, so arrows, space and screen readers work as with any radios.
 */
export function ReplyRating({ t, style, messageId, value, onRate }: Props) {
  if (style === 'hearts') {
    const liked = value === 1;
    return (
      <button type="button" class="heart" aria-pressed={liked} onClick={() => onRate(liked ? 0 : 1)}>
        <svg viewBox="0 0 24 24" aria-hidden="true">
          <path d="M12 20.5s-7.5-4.6-7.5-10.2A4.3 4.3 0 0 1 12 7.6a4.3 4.3 0 0 1 7.5 2.7c0 5.6-7.5 10.2-7.5 10.2z" />
        </svg>
        <span>{t.likeReply}</span>
      </button>
    );
  }
  return <StarChoice legend={t.rateReply} name={`sw-rating-${messageId}`} value={value} labelFor={t.stars} onChoose={onRate} />;
}

/**
 * Five stars as native radio inputs in a fieldset: one choice, changeable, keyboard accessible.
 * Used for reply ratings and for the ticket's CSAT.
 *
 * @example <StarChoice legend="Rate this reply" name="r-1" value={4} labelFor={t.stars} onChoose={rate} />
 */
export function StarChoice({ legend, name, value, labelFor, onChoose }: { legend: string; name: string; value: number | null; labelFor(n: number): string; onChoose(value: number): void }) {
  return (
    <fieldset class="stars">
      <legend>{legend}</legend>
      {STARS.map((star) => (
        <label key={star} class={value !== null && star <= value ? 'star filled' : 'star'}>
          <input type="radio" name={name} value={star} checked={value === star} onChange={() => onChoose(star)} />
          <svg viewBox="0 0 24 24" aria-hidden="true">
            <path d="M12 3.5l2.6 5.3 5.8.8-4.2 4.1 1 5.8-5.2-2.7-5.2 2.7 1-5.8-4.2-4.1 5.8-.8z" />
          </svg>
          <span class="visually-hidden">{labelFor(star)}</span>
        </label>
      ))}
    </fieldset>
  );
}
