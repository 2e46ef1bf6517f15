import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { TicketAccess } from '../client/api-client';
import type { TicketMessages } from '../i18n/ticket-messages';
import type { Suggestion } from '../models/search-model';
import type { TicketFormModel } from '../models/ticket-form-model';
import { expectedReplyText } from './expected-reply-text';
import { RelatedArticles } from './RelatedArticles';

interface Props {
  t: TicketMessages;
  form: TicketFormModel;
  locale: string;
  onOpenArticle(suggestion: Suggestion): void;
  /** Opens the ticket's conversation; without it there is no "View your ticket". */
  onViewTicket?: ((access: TicketAccess) => void) | undefined;
}

/**
 * The confirmation: the reference to quote, when to expect a reply, the articles that best match
 * the ticket, "This solved it" and the way to the conversation.
 */
export function TicketSent({ t, form, locale, onOpenArticle, onViewTicket }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const solveState = useRef<HTMLParagraphElement>(null);
  const [copied, setCopied] = useState(false);
  const solve = form.solve.value;
  // A layout effect, as in ArticleView: no key may fall to the page while the view changes.
  useLayoutEffect(() => heading.current?.focus(), []);
  // "This solved it" goes once it worked: the keyboard focus goes to the thanks that replaces it.
  useLayoutEffect(() => {
    if (solve === 'solved') solveState.current?.focus();
  }, [solve]);
  const ticket = form.sent.value;
  if (!ticket) return null;
  const { reference } = ticket.access;

  const copy = () => {
    navigator.clipboard?.writeText(reference).then(
      () => setCopied(true),
      // Without clipboard access the reference is still there to select (it selects as one word).
      () => setCopied(false),
    );
  };

  return (
    <div class="ticket-sent">
      <h2 tabIndex={-1} ref={heading}>
        {ticket.kind === 'created' ? t.sentTitle : t.addedTitle}
      </h2>
      <p class="reference-line">
        <span>{t.referenceLabel}</span> <strong class="ticket-reference">{reference}</strong>{' '}
        <button type="button" class="link-button copy-reference" onClick={copy}>
          {t.copyReference}
        </button>
        <span class="visually-hidden" role="status">
          {copied ? t.copied : ''}
        </span>
      </p>
      <p class="expected-reply">{expectedReplyText(t, locale, ticket.expectedReplyAt, new Date())}</p>
      <div class="sent-actions">
        {solve !== 'solved' && (
          <button type="button" class="button solved-it" aria-disabled={solve === 'solving'} onClick={() => void form.solveTicket()}>
            {t.solvedIt}
          </button>
        )}
        {onViewTicket && (
          <button type="button" class="button secondary view-ticket" onClick={() => onViewTicket(ticket.access)}>
            {t.viewTicket}
          </button>
        )}
      </div>
      <p class="solve-state" role="status" tabIndex={-1} ref={solveState}>
        {solve === 'solving' ? t.solving : solve === 'solved' ? t.solvedThanks : ''}
      </p>
      {solve === 'failed' && (
        <p class="error" role="alert">
          {t.solveFailed}
        </p>
      )}
      <RelatedArticles title={t.sentArticles} id="sw-sent-articles" articles={ticket.articles} onOpen={onOpenArticle} />
    </div>
  );
}
