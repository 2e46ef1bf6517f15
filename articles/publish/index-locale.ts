import { buildIndex } from '../../widget/search/build-index';
import type { SearchDoc, SerializedIndex } from '../../widget/search/types';
import type { RenderedArticle } from './types';

/** One locale's articles in index order, and the search index over them. */
export interface LocaleIndex {
  locale: string;
  /** Sorted by slug; an article's position here is its id in docs.json and in the index. */
  articles: RenderedArticle[];
  index: SerializedIndex;
}

/**
 * The index stage for one locale. Sorting by slug keeps ids, and so every output byte, the same
 * for the same articles however the file system lists them.
 *
 * @example indexLocale('en', rendered.filter((r) => r.article.locale === 'en')).index
 */
export function indexLocale(locale: string, rendered: RenderedArticle[]): LocaleIndex {
  const articles = [...rendered].sort((a, b) => (a.article.slug < b.article.slug ? -1 : 1));
  const docs: SearchDoc[] = articles.map(({ article: { meta }, text }, id) => ({
    id,
    title: meta.title,
    tags: meta.tags,
    summary: meta.summary,
    body: text,
  }));
  return { locale, articles, index: buildIndex(locale, docs) };
}
