import { signal } from '@preact/signals';
import type { AppContext } from '../boot/app-contract';
import type { TicketAccess } from '../client/api-client';
import type { ArticlesClient } from '../client/articles-client';
import { createArticleModel } from './article-model';
import type { VoteSender } from './article-vote-sender';
import type { ContactModel } from './contact-model';
import type { MyTicketsModel } from './my-tickets-model';
import type { ConversationModel } from './ticket-conversation-model';
import { createSearchModel, type Suggestion } from './search-model';
import type { VoteStore } from './vote-store';

/**
 * What the panel shows: the search, an open article, the contact step (channels), the ticket form,
 * the confirmation after sending, the visitor's tickets, or one ticket's conversation.
 */
export type View = 'search' | 'article' | 'contact' | 'form' | 'sent' | 'tickets' | 'ticket';

/**
 * The whole panel's state and actions, free of DOM: open or closed, which view, the search, the
 * open article and the contact step. Events for the host page are emitted from here, once per
 * visitor action.
 */
export function createWidgetModel(deps: {
  client: ArticlesClient;
  votes: VoteStore;
  contact: ContactModel;
  locale: string;
  emit: AppContext['emit'];
  /**
   * "My tickets" and the open conversation (whose `show` may first wait for the ticket chunk);
   * without them the panel has no ticket views.
   */
  tickets?: { list: MyTicketsModel; conversation: Pick<ConversationModel, 'show'> };
  /** Sends article votes to the server; without it they stay in this browser. */
  voteSender?: VoteSender;
}) {
  const { client, votes, contact, emit, tickets, voteSender } = deps;
  /** The panel's language: every string, the articles searched and the formats follow it. */
  const locale = signal(deps.locale);
  const search = createSearchModel(client, deps.locale);
  const article = createArticleModel(client, search.catalogs);
  const isOpen = signal(false);
  const view = signal<View>('search');
  /** Where "Back" leads from the contact step: the view it was reached from. */
  let beforeContact: View = 'search';
  /** Where "Back" leads from an article: the search, or the ticket form or confirmation it was opened from. */
  let beforeArticle: View = 'search';
  /** Articles the visitor opened, as "locale/slug", for the ticket they may write. */
  const viewed: string[] = [];
  const noteViewed = (slug: string, articleLocale: string) => {
    const key = `${articleLocale}/${slug}`;
    if (!viewed.includes(key)) viewed.push(key);
  };

  const enterContact = () => {
    if (view.value !== 'contact') beforeContact = view.value;
    view.value = 'contact';
    void contact.loadChannels();
    void contact.refreshIncidents();
  };
  const leaveContact = () => {
    view.value = beforeContact === 'article' && article.current.value ? 'article' : 'search';
  };

  const open = (target: string = 'search') => {
    if (target === 'contact') enterContact();
    else if (target === 'form') {
      // Straight to the form, with the channels loaded behind it: "Back" leads to them, as usual.
      if (view.value !== 'form') enterContact();
      view.value = 'form';
    } else if (target === 'tickets' && tickets?.list.hasTickets.value) showTickets();
    else if (view.value === 'contact' || target === 'tickets') view.value = 'search';
    if (!isOpen.value) {
      isOpen.value = true;
      emit('open', { view: view.value });
    }
    // Incidents after the articles: the search comes first, and the API client loads on demand.
    void search.load().then(contact.refreshIncidents);
  };
  const close = () => {
    if (!isOpen.value) return;
    isOpen.value = false;
    emit('close', {});
  };

  let lastSearchEmitted = '';
  /** Tells the host what was searched, once the visitor pauses (not for every keystroke). */
  const reportSearch = () => {
    const query = search.query.value.trim();
    if (!query || query === lastSearchEmitted || search.status.value !== 'ready') return;
    lastSearchEmitted = query;
    emit('search', { query, results: search.result.value.suggestions.length, locale: search.primary.value?.locale ?? locale.value });
  };

  const pick = (suggestion: Suggestion) => {
    reportSearch();
    if (view.value !== 'article') beforeArticle = view.value === 'form' || view.value === 'sent' ? view.value : 'search';
    noteViewed(suggestion.article.slug, suggestion.catalog.locale);
    view.value = 'article';
    void article.show(suggestion.article, suggestion.catalog.locale);
    emit('article-viewed', { slug: suggestion.article.slug, locale: suggestion.catalog.locale, query: search.query.value.trim() });
  };
  const followLink = async (targetLocale: string, slug: string) => {
    if (await article.showBySlug(targetLocale, slug)) {
      view.value = 'article';
      noteViewed(slug, targetLocale);
      emit('article-viewed', { slug, locale: targetLocale, query: search.query.value.trim() });
    }
  };
  const back = () => {
    article.clear();
    view.value = beforeArticle;
    beforeArticle = 'search';
  };
  const voteKey = (slug: string, articleLocale: string) => `${articleLocale}/${slug}`;
  const vote = (helpful: boolean) => {
    const current = article.current.value;
    if (!current) return;
    votes.set(voteKey(current.listing.slug, current.locale), helpful);
    const searchText = search.query.value.trim().slice(0, 500);
    void voteSender?.send({ locale: current.locale, slug: current.listing.slug, helpful, ...(searchText ? { searchText } : {}) });
    emit('article-rated', { slug: current.listing.slug, locale: current.locale, helpful });
  };

  const showTickets = () => {
    if (!tickets) return;
    view.value = 'tickets';
    void tickets.list.refresh();
  };
  /** Opens one ticket's conversation (from the list, the confirmation, or a ticket link). */
  const showTicket = (access: TicketAccess) => {
    if (!tickets) return;
    view.value = 'ticket';
    void tickets.conversation.show(access);
  };

  return {
    search,
    article,
    isOpen,
    view,
    open,
    close,
    toggle: () => (isOpen.value ? close() : open()),
    setQuery: (text: string) => {
      search.query.value = text;
      view.value = 'search';
    },
    reportSearch,
    pick,
    followLink,
    back,
    contact,
    showContact: () => {
      reportSearch();
      enterContact();
    },
    leaveContact,
    /** "Write to us": the ticket form, from the contact step; its "Back" returns there. */
    showForm: () => void (view.value = 'form'),
    leaveForm: () => void (view.value = 'contact'),
    showSent: () => void (view.value = 'sent'),
    viewedArticles: (): readonly string[] => viewed,
    voteFor: (slug: string, articleLocale: string) => votes.get(voteKey(slug, articleLocale)),
    vote,
    locale,
    /** Switches the language at once; the typed query stays and searches the new locale's articles. */
    setLocale: (next: string) => {
      locale.value = next;
      void search.setLocale(next);
    },
    tickets,
    showTickets,
    showTicket,
    /** Back from a conversation: to the list while there are tickets to list, else the search. */
    leaveTicket: () => (tickets?.list.hasTickets.value ? showTickets() : (view.value = 'search')),
    leaveTickets: () => void (view.value = 'search'),
  };
}
export type WidgetModel = ReturnType<typeof createWidgetModel>;
