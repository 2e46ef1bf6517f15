import * as z from 'zod/mini';
import { CreateTicket } from '../../server/contract/tickets';

const MAX_PAGE_URL = 2000;

/**
 * The page's address as a ticket may carry it: without the hash (it can hold a ticket link's
 * token), and nothing for file:, data: or over-long addresses, nor for one the contract refuses
 * (localhost or a bare IP): the visitor could not mend a refused page address.
 *
 * @example ticketPageUrl('https://www.example.com/billing?x=1#support-ticket=K7F-93QD.abc') // 'https://www.example.com/billing?x=1'
 */
export function ticketPageUrl(href: string): string | undefined {
  try {
    const url = new URL(href);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    url.hash = '';
    const text = url.href;
    return text.length <= MAX_PAGE_URL && z.safeParse(CreateTicket.shape.pageUrl, text).success ? text : undefined;
  } catch {
    return undefined;
  }
}
