import type { ArticleListing } from '../../server/contract/published';
import type { ArticlesClient } from '../client/articles-client';
import { loadIndex } from '../search/load-index';
import type { ArticleSearch } from '../search/types';

/** One locale's articles and their search index, ready to query. */
export interface Catalog {
  locale: string;
  articles: ArticleListing[];
  search: ArticleSearch;
}

/**
 * Fetches one locale's listing and index (in parallel) and loads the index.
 * Rejects with a clear message when the locale is not published.
 */
export async function loadCatalog(client: ArticlesClient, locale: string): Promise<Catalog> {
  const manifest = await client.manifest();
  const entry = manifest.locales[locale];
  if (!entry) throw new Error(`no articles are published for locale "${locale}"`);
  const [docs, index] = await Promise.all([client.docs(entry.docs), client.index(entry.index)]);
  return { locale, articles: docs.articles, search: await loadIndex(index) };
}

/** The locale to show: the visitor's when it is published, else the site's default. */
export async function publishedLocale(client: ArticlesClient, wanted: string): Promise<string> {
  const manifest = await client.manifest();
  return manifest.locales[wanted] ? wanted : manifest.defaultLocale;
}
