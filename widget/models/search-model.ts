import { computed, signal } from '@preact/signals';
import type { ArticleListing } from '../../server/contract/published';
import type { ArticlesClient } from '../client/articles-client';
import { loadCatalog, publishedLocale, type Catalog } from './load-catalog';

/** One suggestion: the article and the catalog (locale) it came from, for highlighting. */
export interface Suggestion {
  article: ArticleListing;
  catalog: Catalog;
}

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

const FALLBACK_LOCALE = 'en';
const MAX_SUGGESTIONS = 8;
const MAX_POPULAR = 5;

/**
 * What the visitor typed and what it finds. Searches the visitor's locale and, when that finds
 * nothing, English (loaded only the first time it is needed).
 *
 * @example
 *   const model = createSearchModel(client, 'sv');
 *   await model.load();
 *   model.query.value = 'lösenord';
 *   model.suggestions.value; // best matches, Swedish first
 */
export function createSearchModel(client: ArticlesClient, wantedLocale: string) {
  const status = signal<LoadStatus>('idle');
  const primary = signal<Catalog | undefined>(undefined);
  const fallback = signal<Catalog | undefined>(undefined);
  const query = signal('');
  let fallbackRequested = false;

  const load = async (): Promise<void> => {
    if (status.value === 'loading' || status.value === 'ready') return;
    status.value = 'loading';
    try {
      primary.value = await loadCatalog(client, await publishedLocale(client, wantedLocale));
      status.value = 'ready';
    } catch (error) {
      console.warn('[SupportWidget] help articles could not be loaded:', error);
      status.value = 'error';
    }
  };

  const requestFallback = (catalog: Catalog) => {
    if (fallbackRequested || catalog.locale === FALLBACK_LOCALE) return;
    fallbackRequested = true;
    loadCatalog(client, FALLBACK_LOCALE).then(
      (loaded) => (fallback.value = loaded),
      () => (fallbackRequested = false),
    );
  };

  const find = (catalog: Catalog, text: string): Suggestion[] =>
    catalog.search
      .search(text, MAX_SUGGESTIONS)
      .flatMap((hit) => (catalog.articles[hit.id] ? [{ article: catalog.articles[hit.id]!, catalog }] : []));

  /** Suggestions for the current query, and whether they are English stand-ins. */
  const result = computed(() => {
    const catalog = primary.value;
    const text = query.value.trim();
    if (!catalog || !text) return { suggestions: [] as Suggestion[], isFallback: false };
    const own = find(catalog, text);
    if (own.length > 0) return { suggestions: own, isFallback: false };
    if (!fallback.value) {
      requestFallback(catalog);
      return { suggestions: [], isFallback: false };
    }
    const english = find(fallback.value, text);
    return { suggestions: english, isFallback: english.length > 0 };
  });

  /** What to show before the visitor types: featured articles, then the most recently updated. */
  const popular = computed((): Suggestion[] => {
    const catalog = primary.value;
    if (!catalog) return [];
    const featured = catalog.articles.filter((article) => article.featured);
    const recent = [...catalog.articles].sort((a, b) => b.updated.localeCompare(a.updated));
    return [...new Set([...featured, ...recent])].slice(0, MAX_POPULAR).map((article) => ({ article, catalog }));
  });

  /** The catalogs loaded so far (the visitor's locale, and English once a miss needed it). */
  const catalogs = (): Catalog[] => [primary.value, fallback.value].filter((catalog): catalog is Catalog => !!catalog);

  return { status, query, result, popular, primary, catalogs, load };
}
export type SearchModel = ReturnType<typeof createSearchModel>;
