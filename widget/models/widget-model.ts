import { signal } from '@preact/signals';
import type { AppContext } from '../boot/app-contract';
import type { ArticlesClient } from '../client/articles-client';
import { createArticleModel } from './article-model';
import { createSearchModel, type Suggestion } from './search-model';
import type { VoteStore } from './vote-store';

export type View = 'search' | 'article' | 'contact';

/**
 * The whole panel's state and actions, free of DOM: open or closed, which view, the search and
 * the open article. Events for the host page are emitted from here, once per visitor action.
 */
export function createWidgetModel(deps: { client: ArticlesClient; votes: VoteStore; locale: string; emit: AppContext['emit'] }) {
  const { client, votes, locale, emit } = deps;
  const search = createSearchModel(client, locale);
  const article = createArticleModel(client, search.catalogs);
  const isOpen = signal(false);
  const view = signal<View>('search');

  const open = (target: string = 'search') => {
    view.value = target === 'contact' ? 'contact' : view.value === 'contact' ? 'search' : view.value;
    if (!isOpen.value) {
      isOpen.value = true;
      emit('open', { view: view.value });
    }
    void search.load();
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
    emit('search', { query, results: search.result.value.suggestions.length, locale: search.primary.value?.locale ?? locale });
  };

  const pick = (suggestion: Suggestion) => {
    reportSearch();
    view.value = 'article';
    void article.show(suggestion.article, suggestion.catalog.locale);
    emit('article-viewed', { slug: suggestion.article.slug, locale: suggestion.catalog.locale, query: search.query.value.trim() });
  };
  const followLink = async (targetLocale: string, slug: string) => {
    if (await article.showBySlug(targetLocale, slug)) {
      view.value = 'article';
      emit('article-viewed', { slug, locale: targetLocale, query: search.query.value.trim() });
    }
  };
  const back = () => {
    article.clear();
    view.value = 'search';
  };
  const voteKey = (slug: string, articleLocale: string) => `${articleLocale}/${slug}`;
  const vote = (helpful: boolean) => {
    const current = article.current.value;
    if (!current) return;
    votes.set(voteKey(current.listing.slug, current.locale), helpful);
    emit('article-rated', { slug: current.listing.slug, locale: current.locale, helpful });
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
    showContact: () => {
      reportSearch();
      view.value = 'contact';
    },
    voteFor: (slug: string, articleLocale: string) => votes.get(voteKey(slug, articleLocale)),
    vote,
  };
}
export type WidgetModel = ReturnType<typeof createWidgetModel>;
