import { useState } from 'preact/hooks';
import type { TicketMessages } from '../i18n/ticket-messages';
import type { TicketRatings } from '../models/ticket-ratings';
import { StarChoice } from './ReplyRating';

interface Props {
  t: TicketMessages;
  /** What the visitor gave before, if anything: the form starts from it and can change it. */
  saved: { score: number; comment: string | null } | null;
  ratings: TicketRatings;
}

/** "How happy are you with the help you got?": 1-5 stars and an optional comment, on a solved ticket. */
export function CsatForm({ t, saved, ratings }: Props) {
  const [score, setScore] = useState<number | null>(saved?.score ?? null);
  const [comment, setComment] = useState(saved?.comment ?? '');
  const [missing, setMissing] = useState(false);
  const status = ratings.csat.value;
  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (score === null) return setMissing(true);
    void ratings.rateTicket(score, comment);
  };
  const note = missing && score === null ? t.csatPick : status === 'error' ? t.csatFailed : status === 'saved' ? t.csatThanks : '';
  return (
    <form class="csat" onSubmit={onSubmit} noValidate aria-describedby={note ? 'sw-csat-note' : undefined}>
      <StarChoice legend={t.csatQuestion} name="sw-csat" value={score} labelFor={t.stars} onChoose={(value) => (setScore(value), setMissing(false))} />
      <label for="sw-csat-comment">{t.csatComment}</label>
      <textarea id="sw-csat-comment" name="comment" rows={3} maxLength={2000} value={comment} onInput={(event) => setComment((event.target as HTMLTextAreaElement).value)} />
      <div class="reply-actions">
        <button type="submit" class="button" aria-disabled={status === 'sending' ? 'true' : undefined}>
          {saved ? t.csatUpdate : t.csatSend}
        </button>
        <p id="sw-csat-note" class={status === 'error' || missing ? 'field-error' : 'csat-note'} role="status">
          {note}
        </p>
      </div>
    </form>
  );
}
