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
 * nothing, English (loaded only the first time it is needed). `setLocale` switches to another
 * locale's articles, keeping the query; each locale's catalog is loaded once.
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
  let wanted = wantedLocale;
  let fallbackRequested = false;

  const loaded = new Map<string, Promise<Catalog>>();
  /** One request per locale, shared; a failed one is forgotten so that a retry asks again. */
  const catalogFor = (locale: string): Promise<Catalog> => {
    let catalog = loaded.get(locale);
    if (!catalog) {
      catalog = loadCatalog(client, locale);
      loaded.set(locale, catalog);
      catalog.catch(() => loaded.delete(locale));
    }
    return catalog;
  };

  /** The wanted locale's catalog as primary; when the wish changed meanwhile, the newest one. */
  const loadWanted = async (): Promise<void> => {
    const asked = wanted;
    const catalog = await catalogFor(await publishedLocale(client, asked));
    if (asked !== wanted) return loadWanted();
    primary.value = catalog;
  };

  const load = async (): Promise<void> => {
    if (status.value === 'loading' || status.value === 'ready') return;
    status.value = 'loading';
    try {
      await loadWanted();
      status.value = 'ready';
    } catch (error) {
      console.warn('[SupportWidget] help articles could not be loaded:', error);
      status.value = 'error';
    }
  };

  /** Searches `locale`'s articles from now on. The current ones stay shown until the new ones are in. */
  const setLocale = async (locale: string): Promise<void> => {
    if (locale === wanted) return;
    wanted = locale;
    // Not loaded yet (or failed): the next load() takes the new locale; a load under way re-checks it.
    if (status.value !== 'ready') return;
    try {
      await loadWanted();
    } catch (error) {
      console.warn(`[SupportWidget] help articles in "${locale}" could not be loaded:`, error);
    }
  };

  const requestFallback = (catalog: Catalog) => {
    if (fallbackRequested || catalog.locale === FALLBACK_LOCALE) return;
    fallbackRequested = true;
    catalogFor(FALLBACK_LOCALE).then(
      (english) => (fallback.value = english),
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

  return { status, query, result, popular, primary, catalogs, load, setLocale };
}
export type SearchModel = ReturnType<typeof createSearchModel>;
