import { describe, expect, it } from 'vitest';
import { pageUrlOf, ticketBody } from '../../../../widget/models/ticket-body';
import { emptyTicketFields } from '../../../../widget/models/ticket-fields';

describe('pageUrlOf', () => {
  it('drops the hash, which can hold a ticket link\'s token', () => {
    expect(pageUrlOf('https://www.example.com/billing?x=1#support-ticket=K7F-93QD.abc')).toBe('https://www.example.com/billing?x=1');
  });

  it('sends no address of a page that is not http or https', () => {
    expect(pageUrlOf('file:///home/ada/page.html')).toBeUndefined();
    expect(pageUrlOf(`https://example.com/${'a'.repeat(2000)}`)).toBeUndefined();
  });
});

describe('ticketBody', () => {
  it('sends the verified address and no urgency for a ticket not marked urgent', () => {
    const fields = { ...emptyTicketFields(), email: 'typed@example.com', urgentReason: 'security' as const };
    const identity = { email: 'ada@example.com', plan: 'vip', signature: 'a'.repeat(64) };
    const body = ticketBody(fields, { locale: 'sv', viewedArticles: [], searchText: '  ', identity });
    expect(body).toMatchObject({ email: 'ada@example.com', identity, locale: 'sv' });
    expect(body).not.toHaveProperty('urgent');
    expect(body).not.toHaveProperty('searchText');
    expect(body).not.toHaveProperty('viewedArticles');
  });

  it('leaves out a page address the contract refuses, which the visitor could not mend', () => {
    const context = { locale: 'en', viewedArticles: [], searchText: '' };
    expect(ticketBody(emptyTicketFields(), { ...context, pageUrl: 'http://127.0.0.1:8080/intranet' })).not.toHaveProperty('pageUrl');
    expect(ticketBody(emptyTicketFields(), { ...context, pageUrl: 'https://www.example.com/billing' })).toHaveProperty('pageUrl', 'https://www.example.com/billing');
  });
});
