import type { TicketMessages } from '../i18n/ticket-messages';
import type { ReplyState } from '../models/ticket-conversation-model';

interface Props {
  t: TicketMessages;
  /** The ticket is solved: sending reopens it, and the box says so. */
  reopens: boolean;
  draft: string;
  state: ReplyState;
  onInput(text: string): void;
  onSend(): void;
}

const errorText = (t: TicketMessages, state: ReplyState): string | undefined => {
  if (state.status !== 'error') return undefined;
  if (state.reason === 'invalid') return `${t.replyInvalid} (${state.detail})`;
  return { empty: t.replyEmpty, 'too-long': t.replyTooLong, offline: t.replyOffline, failed: t.replyFailed }[state.reason];
};

/**
 * The visitor's reply under a conversation. The text stays in the box until the server has it;
 * a failure shows next to the box, and sending again is the retry.
 */
export function ReplyBox({ t, reopens, draft, state, onInput, onSend }: Props) {
  const error = errorText(t, state);
  const sending = state.status === 'sending';
  const describedBy = [reopens ? 'sw-reply-hint' : '', error ? 'sw-reply-error' : ''].filter(Boolean).join(' ');
  const onSubmit = (event: Event) => {
    event.preventDefault();
    onSend();
  };
  return (
    <form class="reply-box" onSubmit={onSubmit} noValidate>
      <label for="sw-reply">{reopens ? t.replyReopenLabel : t.replyLabel}</label>
      {reopens && (
        <p class="hint" id="sw-reply-hint">
          {t.replyReopenHint}
        </p>
      )}
      <textarea
        id="sw-reply"
        name="message"
        rows={4}
        value={draft}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy || undefined}
        onInput={(event) => onInput((event.target as HTMLTextAreaElement).value)}
      />
      {error && (
        <p class="field-error" id="sw-reply-error">
          {error}
        </p>
      )}
      <div class="reply-actions">
        <button type="submit" class="button" aria-disabled={sending ? 'true' : undefined}>
          {sending ? t.sending : reopens ? t.sendAndReopen : t.send}
        </button>
        <p class="visually-hidden" role="status">
          {error ?? (state.status === 'sent' ? t.replySent : '')}
        </p>
      </div>
    </form>
  );
}
