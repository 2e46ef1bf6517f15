import { plural } from '../i18n/format';
import type { TicketMessages } from '../i18n/ticket-messages';
import type { SendState } from '../models/ticket-form-model';

interface Props {
  t: TicketMessages;
  locale: string;
  state: SendState;
  onRetryNow(): void;
}

/** What sending is doing, in a live region, and "Retry now" while a retry is waiting. */
export function SendStatus({ t, locale, state, onRetryNow }: Props) {
  const text =
    state.phase === 'checking'
      ? t.checking
      : state.phase === 'sending'
        ? t.sending
        : state.phase === 'waiting'
          ? state.offline
            ? t.retryOffline
            : plural(locale, Math.ceil(state.delayMs / 1000), t.retryIn)
          : '';
  return (
    <div class="send-status">
      <p class="send-state" role="status" data-phase={state.phase}>
        {text}
      </p>
      {state.phase === 'waiting' && (
        <button type="button" class="button secondary retry-now" onClick={onRetryNow}>
          {t.retryNow}
        </button>
      )}
    </div>
  );
}
