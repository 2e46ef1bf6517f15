import * as z from 'zod/mini';
import { CreateTicket, type SignedIdentity } from '../../server/contract/tickets';
import type { TicketFields } from './ticket-fields';

/** What the widget knows beside the form: where the visitor is and what they did before writing. */
export interface TicketContext {
  locale: string;
  /** The page's URL without its hash; only http(s) pages are sent. */
  pageUrl?: string | undefined;
  /** Articles the visitor opened before, as "locale/slug". */
  viewedArticles: readonly string[];
  /** What the visitor searched for before writing in. */
  searchText: string;
  identity?: SignedIdentity | undefined;
}

const MAX_SEARCH_TEXT = 500;
const MAX_VIEWED = 50;
const MAX_PAGE_URL = 2000;

/**
 * The body of `POST /api/tickets` for what the visitor filled in. A verified identity's address
 * replaces the typed one (the server refuses a ticket whose e-mail differs from the signed one).
 *
 * @example ticketBody(fields, { locale: 'en', viewedArticles: ['en/pay-invoice'], searchText: 'invoice' })
 */
export function ticketBody(fields: TicketFields, context: TicketContext): CreateTicket {
  const searchText = context.searchText.trim().slice(0, MAX_SEARCH_TEXT);
  const viewed = context.viewedArticles.slice(-MAX_VIEWED);
  // The contract takes public web addresses only (not localhost or a bare IP): the visitor could
  // not mend a refused page address, so one the server would refuse is left out.
  const pageUrl = context.pageUrl && z.safeParse(CreateTicket.shape.pageUrl, context.pageUrl).success ? context.pageUrl : undefined;
  return {
    name: fields.name,
    email: context.identity?.email ?? fields.email,
    subject: fields.subject,
    message: fields.message,
    category: fields.category as CreateTicket['category'],
    ...(fields.urgent && fields.urgentReason ? { urgent: fields.urgentReason } : {}),
    locale: context.locale,
    ...(pageUrl ? { pageUrl } : {}),
    ...(viewed.length ? { viewedArticles: [...viewed] } : {}),
    ...(searchText ? { searchText } : {}),
    ...(context.identity ? { identity: context.identity } : {}),
    website: fields.website,
  };
}

/**
 * The page's address as a ticket may carry it: without the hash (it can hold a ticket link's
 * token), and nothing for file:, data: or over-long addresses.
 *
 * @example pageUrlOf('https://www.example.com/billing?x=1#support-ticket=K7F-93QD.abc') // 'https://www.example.com/billing?x=1'
 */
export function pageUrlOf(href: string): string | undefined {
  try {
    const url = new URL(href);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    url.hash = '';
    const text = url.href;
    return text.length <= MAX_PAGE_URL ? text : undefined;
  } catch {
    return undefined;
  }
}
