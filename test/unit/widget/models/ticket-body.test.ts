import { describe, expect, it } from 'vitest';
import { ticketBody } from '../../../../widget/models/ticket-body';
import { emptyTicketFields } from '../../../../widget/models/ticket-fields';

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

  it('sends the page address it is given, and none without one', () => {
    const context = { locale: 'en', viewedArticles: [], searchText: '' };
    expect(ticketBody(emptyTicketFields(), context)).not.toHaveProperty('pageUrl');
    expect(ticketBody(emptyTicketFields(), { ...context, pageUrl: 'https://www.example.com/billing' })).toHaveProperty('pageUrl', 'https://www.example.com/billing');
  });
});
