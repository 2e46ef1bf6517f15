import type { CreateTicket, SignedIdentity } from '../../server/contract/tickets';
import type { TicketFields } from './ticket-fields';

/** What the widget knows beside the form: where the visitor is and what they did before writing. */
export interface TicketContext {
  locale: string;
  /** The page's URL as ticketPageUrl() gives it. */
  pageUrl?: string | undefined;
  /** Articles the visitor opened before, as "locale/slug". */
  viewedArticles: readonly string[];
  /** What the visitor searched for before writing in. */
  searchText: string;
  identity?: SignedIdentity | undefined;
}

const MAX_SEARCH_TEXT = 500;
const MAX_VIEWED = 50;

/**
 * The body of `POST /api/tickets` for what the visitor filled in. A verified identity's address
 * replaces the typed one (the server refuses a ticket whose e-mail differs from the signed one).
 *
 * @example ticketBody(fields, { locale: 'en', viewedArticles: ['en/pay-invoice'], searchText: 'invoice' })
 */
export function ticketBody(fields: TicketFields, context: TicketContext): CreateTicket {
  const searchText = context.searchText.trim().slice(0, MAX_SEARCH_TEXT);
  const viewed = context.viewedArticles.slice(-MAX_VIEWED);
  return {
    name: fields.name,
    email: context.identity?.email ?? fields.email,
    subject: fields.subject,
    message: fields.message,
    category: fields.category as CreateTicket['category'],
    ...(fields.urgent && fields.urgentReason ? { urgent: fields.urgentReason } : {}),
    locale: context.locale,
    ...(context.pageUrl ? { pageUrl: context.pageUrl } : {}),
    ...(viewed.length ? { viewedArticles: [...viewed] } : {}),
    ...(searchText ? { searchText } : {}),
    ...(context.identity ? { identity: context.identity } : {}),
    website: fields.website,
  };
}

