import { describe, expect, it } from 'vitest';
import { Site } from '../../../../server/settings/site';
import { ticketLink } from '../../../../server/tickets/ticket-link';

const site = Site.parse({ id: 'kestrel', origins: ['https://www.kestrel.test', 'https://kestrel.test'] });
const token = 'a'.repeat(43);

describe('ticketLink', () => {
  it('opens the ticket on the page it was sent from, replacing any fragment there', () => {
    expect(ticketLink(site, { reference: 'K7F-93QD', page_url: 'https://www.kestrel.test/help?q=1#top' }, token)).toBe(`https://www.kestrel.test/help?q=1#support-ticket=K7F-93QD.${token}`);
  });

  it("falls back to the site's first origin", () => {
    expect(ticketLink(site, { reference: 'K7F-93QD', page_url: null }, token)).toBe(`https://www.kestrel.test/#support-ticket=K7F-93QD.${token}`);
  });
});
