import { describe, expect, it, vi } from 'vitest';
import type { ArticleListing } from '../../../../server/contract/published';
import type { ArticlesClient } from '../../../../widget/client/articles-client';
import type { VoteSender } from '../../../../widget/models/article-vote-sender';
import type { ContactModel } from '../../../../widget/models/contact-model';
import type { Catalog } from '../../../../widget/models/load-catalog';
import { createMyTicketsModel } from '../../../../widget/models/my-tickets-model';
import type { ConversationModel } from '../../../../widget/models/ticket-conversation-model';
import { createTicketStore } from '../../../../widget/models/ticket-store';
import { createWidgetModel } from '../../../../widget/models/widget-model';
import { fakeApiClient } from '../support/fake-api-client';
import { memoryStorage } from '../support/memory-storage';
import { ticketView } from '../support/ticket-view';

const listing: ArticleListing = { id: 0, slug: 'pay-an-invoice', title: 'Pay an invoice', summary: '', tags: [], category: 'Billing', updated: '2026-10-14', featured: false, href: 'en/a/pay-an-invoice.json' };
const access = { reference: 'K7F-93QD', token: 'secret' };

function setup() {
  const client: ArticlesClient = {
    manifest: () => new Promise(() => undefined),
    docs: () => Promise.reject(new Error('unused')),
    index: () => Promise.reject(new Error('unused')),
    article: () => Promise.resolve({ locale: 'en', slug: listing.slug, title: listing.title, summary: '', category: '', tags: [], updated: listing.updated, html: '<p>Pay</p>', translations: {} }),
  };
  const contact = { loadChannels: vi.fn(async () => undefined), refreshIncidents: vi.fn(async () => undefined) } as unknown as ContactModel;
  const store = createTicketStore(memoryStorage());
  const api = fakeApiClient({ ticket: vi.fn(async () => ticketView()) });
  const list = createMyTicketsModel({ store, loadClient: async () => api });
  const conversation = { show: vi.fn(async () => undefined) } as unknown as ConversationModel;
  const voteSender = { send: vi.fn(async () => undefined), flush: vi.fn(async () => undefined) } satisfies VoteSender;
  const model = createWidgetModel({ client, votes: { get: () => undefined, set: () => undefined }, contact, locale: 'en', emit: vi.fn(), tickets: { list, conversation }, voteSender });
  return { model, store, api, conversation, voteSender };
}

describe('createWidgetModel: my tickets', () => {
  it('opens on the visitor’s tickets for open("tickets") when the browser knows some', () => {
    const { model, store } = setup();
    store.add(access);
    model.open('tickets');
    expect(model.view.value).toBe('tickets');
  });

  it('opens the search for open("tickets") when the browser knows no ticket', () => {
    const { model } = setup();
    model.open('tickets');
    expect(model.view.value).toBe('search');
  });

  it('opens a ticket’s conversation', () => {
    const { model, conversation } = setup();
    model.showTicket(access);
    expect(model.view.value).toBe('ticket');
    expect(conversation.show).toHaveBeenCalledWith(access);
  });

  it('lists the tickets afresh each time the list opens', async () => {
    const { model, store, api } = setup();
    store.add(access);
    model.showTickets();
    expect(model.view.value).toBe('tickets');
    await vi.waitFor(() => expect(api.ticket).toHaveBeenCalledWith(access));
  });

  it('goes back from a conversation to the list while there are tickets, else to the search', () => {
    const { model, store } = setup();
    model.showTicket(access);
    model.leaveTicket();
    expect(model.view.value).toBe('search');
    store.add(access);
    model.showTicket(access);
    model.leaveTicket();
    expect(model.view.value).toBe('tickets');
    model.leaveTickets();
    expect(model.view.value).toBe('search');
  });

  it('sends an article vote to the server with the search that led to the article', () => {
    const { model, voteSender } = setup();
    model.setQuery('  pay invoice ');
    model.pick({ article: listing, catalog: { locale: 'en' } as Catalog });
    model.vote(true);
    expect(voteSender.send).toHaveBeenCalledWith({ locale: 'en', slug: 'pay-an-invoice', helpful: true, searchText: 'pay invoice' });
  });
});
