import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ArticleListing } from '../../../../server/contract/published';
import type { ArticlesClient } from '../../../../widget/client/articles-client';
import type { ContactModel } from '../../../../widget/models/contact-model';
import type { Catalog } from '../../../../widget/models/load-catalog';
import { createWidgetModel } from '../../../../widget/models/widget-model';

const listing: ArticleListing = { id: 0, slug: 'pay-an-invoice', title: 'Pay an invoice', summary: '', tags: [], category: 'Billing', updated: '2026-10-14', featured: false, href: 'en/a/pay-an-invoice.json' };

function setup() {
  const order: string[] = [];
  let releaseManifest: () => void = () => undefined;
  const client: ArticlesClient = {
    // The articles never load in these tests; the manifest fails once the test lets it.
    manifest: () => new Promise((_, reject) => (releaseManifest = () => (order.push('articles settled'), reject(new Error('offline'))))),
    docs: () => Promise.reject(new Error('unused')),
    index: () => Promise.reject(new Error('unused')),
    article: () => Promise.resolve({ locale: 'en', slug: listing.slug, title: listing.title, summary: '', category: '', tags: [], updated: listing.updated, html: '<p>Pay</p>', translations: {} }),
  };
  const contact = {
    loadChannels: vi.fn(async () => void order.push('channels')),
    refreshIncidents: vi.fn(async () => void order.push('incidents')),
  } as unknown as ContactModel & { loadChannels: ReturnType<typeof vi.fn>; refreshIncidents: ReturnType<typeof vi.fn> };
  const emit = vi.fn();
  const model = createWidgetModel({ client, votes: { get: () => undefined, set: () => undefined }, contact, locale: 'en', emit });
  return { model, contact, emit, order, releaseManifest: () => releaseManifest() };
}

describe('createWidgetModel: the contact step', () => {
  afterEach(() => vi.restoreAllMocks());

  it('opens straight on the contact step for open("contact") and loads the channels', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { model, contact, emit } = setup();
    model.open('contact');
    expect(model.view.value).toBe('contact');
    expect(contact.loadChannels).toHaveBeenCalledTimes(1);
    expect(emit).toHaveBeenCalledWith('open', { view: 'contact' });
  });

  it('opens straight on the ticket form for open("form"), with the channels loaded behind it', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { model, contact, emit } = setup();
    model.open('form');
    expect(model.view.value).toBe('form');
    expect(contact.loadChannels).toHaveBeenCalledTimes(1);
    expect(emit).toHaveBeenCalledWith('open', { view: 'form' });
    model.leaveForm();
    expect(model.view.value).toBe('contact');
  });

  it('asks for incidents only once the articles have settled, so the search comes first', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { model, contact, order, releaseManifest } = setup();
    model.open();
    await Promise.resolve();
    expect(contact.refreshIncidents).not.toHaveBeenCalled();
    releaseManifest();
    await vi.waitFor(() => expect(contact.refreshIncidents).toHaveBeenCalled());
    expect(order).toEqual(['articles settled', 'incidents']);
  });

  it('goes back from the contact step to the search it came from', () => {
    const { model, contact } = setup();
    model.showContact();
    expect(model.view.value).toBe('contact');
    expect(contact.loadChannels).toHaveBeenCalled();
    expect(contact.refreshIncidents).toHaveBeenCalled();
    model.leaveContact();
    expect(model.view.value).toBe('search');
  });

  it('goes back from the contact step to the article it was reached from', () => {
    const { model } = setup();
    model.pick({ article: listing, catalog: { locale: 'en' } as Catalog });
    expect(model.view.value).toBe('article');
    model.showContact();
    model.leaveContact();
    expect(model.view.value).toBe('article');
    expect(model.article.current.value?.listing.slug).toBe('pay-an-invoice');
  });

  it('reloads the channels each time the step is entered, for fresh queue times', () => {
    const { model, contact } = setup();
    model.showContact();
    model.leaveContact();
    model.showContact();
    expect(contact.loadChannels).toHaveBeenCalledTimes(2);
  });
});

describe('createWidgetModel: the ticket form', () => {
  it('goes back from an article opened on the form to the form', () => {
    const { model } = setup();
    model.showForm();
    model.pick({ article: listing, catalog: { locale: 'en' } as Catalog });
    expect(model.view.value).toBe('article');
    model.back();
    expect(model.view.value).toBe('form');
    model.pick({ article: listing, catalog: { locale: 'en' } as Catalog });
    model.back();
    model.leaveForm();
    expect(model.view.value).toBe('contact');
  });

  it('goes back from an article opened on the search to the search', () => {
    const { model } = setup();
    model.showSent();
    model.setQuery('invoice');
    model.pick({ article: listing, catalog: { locale: 'en' } as Catalog });
    model.back();
    expect(model.view.value).toBe('search');
  });

  it('remembers each article opened once, as "locale/slug", for the ticket', async () => {
    const { model } = setup();
    model.pick({ article: listing, catalog: { locale: 'en' } as Catalog });
    model.pick({ article: listing, catalog: { locale: 'en' } as Catalog });
    model.pick({ article: listing, catalog: { locale: 'sv' } as Catalog });
    expect(model.viewedArticles()).toEqual(['en/pay-an-invoice', 'sv/pay-an-invoice']);
  });
});
