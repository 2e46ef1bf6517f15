import { useLayoutEffect, useRef } from 'preact/hooks';
import { dayAndTime } from '../i18n/format';
import type { TicketMessages } from '../i18n/ticket-messages';
import type { ConversationModel } from '../models/ticket-conversation-model';
import { ConversationMessage } from './ConversationMessage';
import { CsatForm } from './CsatForm';
import { ReplyBox } from './ReplyBox';

interface Props {
  t: TicketMessages;
  locale: string;
  conversation: ConversationModel;
  onBack(): void;
}

/**
 * One ticket: subject, reference and status, the messages both ways with ratings of the staff
 * replies, and the visitor's next step: reply, solve, or (once solved) rate, reopen or write again.
 */
export function ConversationView({ t, locale, conversation, onBack }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const state = conversation.state.value;
  const ticket = state.status === 'ready' ? state.ticket : undefined;
  // Focus the heading when the view opens, and once more when the ticket arrives.
  useLayoutEffect(() => heading.current?.focus(), [ticket?.reference]);
  const { ratings } = conversation;

  return (
    <div class="conversation-view">
      <button type="button" class="back" onClick={onBack}>
        <span aria-hidden="true">←</span> {t.back}
      </button>
      {!ticket ? (
        <>
          <h2 tabIndex={-1} ref={heading}>
            {t.myTickets}
          </h2>
          {state.status === 'gone' ? (
            <p class="note-box" role="alert">
              {t.conversationGone}
            </p>
          ) : state.status === 'error' ? (
            <div class="error" role="alert">
              <p>{t.conversationError}</p>
              <button type="button" class="button" onClick={() => void conversation.reload()}>
                {t.retry}
              </button>
            </div>
          ) : (
            <p class="loading" role="status">
              {t.conversationLoading}
            </p>
          )}
        </>
      ) : (
        <div class="conversation">
          <h2 tabIndex={-1} ref={heading}>
            {ticket.subject}
          </h2>
          <p class="meta">
            <span class="ticket-ref">{t.reference(ticket.reference)}</span> ·{' '}
            <span class="ticket-status" data-status={ticket.status} role="status">
              {t.ticketStatus[ticket.status]}
            </span>
          </p>
          {ticket.status === 'open' && ticket.expectedReplyAt && (
            <p class="expected-reply">{t.expectedReply(dayAndTime(new Date(ticket.expectedReplyAt), new Date(), locale))}</p>
          )}
          <ol class="messages" aria-label={t.messagesLabel}>
            {ticket.messages.map((message) => (
              <ConversationMessage
                key={message.id}
                t={t}
                locale={locale}
                message={message}
                style={ticket.ratingStyle}
                ratingFailed={ratings.replyError.value === message.id}
                onRate={(value) => void ratings.rateReply(message.id, value)}
              />
            ))}
          </ol>
          {ticket.status === 'solved' && (
            <>
              <p class="solved-note">{t.solvedNote}</p>
              <CsatForm key={ticket.reference} t={t} saved={ticket.csat} ratings={ratings} />
            </>
          )}
          <TicketActions t={t} conversation={conversation} solved={ticket.status === 'solved'} />
          <ReplyBox
            t={t}
            reopens={ticket.status === 'solved'}
            draft={conversation.draft.value}
            state={conversation.reply.value}
            onInput={conversation.setDraft}
            onSend={() => void conversation.send()}
          />
        </div>
      )}
    </div>
  );
}

function TicketActions({ t, conversation, solved }: { t: TicketMessages; conversation: ConversationModel; solved: boolean }) {
  const action = conversation.action.value;
  return (
    <div class="ticket-actions">
      <button
        type="button"
        class={solved ? 'button secondary reopen' : 'button secondary mark-solved'}
        aria-disabled={action === 'busy' ? 'true' : undefined}
        onClick={() => void (solved ? conversation.reopen() : conversation.solve())}
      >
        {solved ? t.reopen : t.markSolved}
      </button>
      {action === 'error' && (
        <p class="field-error" role="alert">
          {t.actionFailed}
        </p>
      )}
    </div>
  );
}
