import { signal } from '@preact/signals';
import type { ArticleFile, ArticleListing } from '../../server/contract/published';
import type { ArticlesClient } from '../client/articles-client';
import { loadCatalog, type Catalog } from './load-catalog';

export interface OpenArticle {
  listing: ArticleListing;
  locale: string;
  /** The body, once loaded. */
  file?: ArticleFile;
  failed?: boolean;
}

/**
 * The article a visitor has open. Bodies load on demand (search results carry only titles and
 * summaries), so opening shows the title at once and the body when it arrives.
 */
export function createArticleModel(client: ArticlesClient, catalogs: () => Catalog[]) {
  const current = signal<OpenArticle | undefined>(undefined);
  let opened = 0;

  const show = async (listing: ArticleListing, locale: string): Promise<void> => {
    const ticket = ++opened;
    current.value = { listing, locale };
    try {
      const file = await client.article(listing.href);
      if (ticket === opened) current.value = { listing, locale, file };
    } catch {
      if (ticket === opened) current.value = { listing, locale, failed: true };
    }
  };

  /** Opens `slug` of `locale`, loading that locale's listing first when no open catalog has it. */
  const showBySlug = async (locale: string, slug: string): Promise<boolean> => {
    let catalog = catalogs().find((candidate) => candidate.locale === locale);
    if (!catalog) {
      try {
        catalog = await loadCatalog(client, locale);
      } catch {
        return false;
      }
    }
    const listing = catalog.articles.find((article) => article.slug === slug);
    if (!listing) return false;
    await show(listing, locale);
    return true;
  };

  const clear = () => {
    opened++;
    current.value = undefined;
  };

  return { current, show, showBySlug, clear };
}
export type ArticleModel = ReturnType<typeof createArticleModel>;
