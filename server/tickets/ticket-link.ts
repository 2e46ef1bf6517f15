import type { Site } from '../settings/site';

/**
 * The link that opens a ticket in the widget: the page the visitor wrote from (or the site's
 * first origin) with `#support-ticket=<reference>.<token>`. The token rides in the fragment, which
 * browsers never send to any server, so it stays out of access logs and Referer headers.
 *
 * @example ticketLink(site, { reference: 'K7F-93QD', page_url: null }, token); // 'https://www.example.com/#support-ticket=K7F-93QD.abc…'
 */
export function ticketLink(site: Site, ticket: { reference: string; page_url: string | null }, token: string): string {
  const url = new URL(ticket.page_url ?? `${site.origins[0]}/`);
  url.hash = `support-ticket=${ticket.reference}.${token}`;
  return url.toString();
}
