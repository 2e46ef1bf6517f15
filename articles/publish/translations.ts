import type { Article } from './types';

/**
 * For each article, the other locales' versions of the same original: the default-locale article
 * and every translation of it, as `{ locale: slug }` in locale order, without the article's own.
 *
 * @example translationsOf(articles, 'en')(svArticle) // { da: 'betal-faktura', en: 'pay-invoice', nl: 'factuur-betalen' }
 */
export function translationsOf(articles: Article[], defaultLocale: string): (article: Article) => Record<string, string> {
  const originalOf = (article: Article) => (article.locale === defaultLocale ? article.slug : article.meta.translationOf);
  const groups = new Map<string, Map<string, string>>();
  for (const article of articles) {
    const original = originalOf(article);
    if (original === undefined) continue;
    const group = groups.get(original) ?? new Map<string, string>();
    group.set(article.locale, article.slug);
    groups.set(original, group);
  }
  return (article) => {
    const original = originalOf(article);
    const group = original === undefined ? undefined : groups.get(original);
    const others = [...(group ?? [])].filter(([locale]) => locale !== article.locale);
    return Object.fromEntries(others.sort(([a], [b]) => (a < b ? -1 : 1)));
  };
}
