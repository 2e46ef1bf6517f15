import type { Catalog } from './load-catalog';
import type { Suggestion } from './search-model';

/**
 * The articles that best match a longer text (a ticket's subject and message), with the widget's
 * own search, as the search box finds them: the visitor's language first, then English.
 *
 * @example relatedArticles(model.search.catalogs(), 'My e-mail stopped sending', 3)
 */
export function relatedArticles(catalogs: readonly Catalog[], text: string, limit: number): Suggestion[] {
  const query = text.trim();
  if (!query) return [];
  for (const catalog of catalogs) {
    const found = catalog.search
      .search(query, limit)
      .flatMap((hit) => (catalog.articles[hit.id] ? [{ article: catalog.articles[hit.id]!, catalog }] : []));
    if (found.length > 0) return found;
  }
  return [];
}
