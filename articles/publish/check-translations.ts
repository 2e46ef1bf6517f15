import type { Problem } from './problem';
import type { Article } from './types';

/**
 * Checks `translationOf` across all articles: only translations have it, it names an existing
 * default-locale slug, and no locale translates the same article twice (the second file, in slug
 * order, is the one reported). `known` holds the `locale/slug` keys of every article file.
 *
 * @example checkTranslations(articles, new Set(['en/pay-invoice']), 'en')
 */
export function checkTranslations(articles: Article[], known: ReadonlySet<string>, defaultLocale: string): Problem[] {
  const problems: Problem[] = [];
  const firstFile = new Map<string, string>();
  for (const article of articles) {
    const original = article.meta.translationOf;
    if (original === undefined) continue;
    const at = (message: string) => problems.push({ file: article.file, line: article.lineOf(['translationOf']), message });
    if (article.locale === defaultLocale) {
      at(`translationOf is only for translations: articles in "${defaultLocale}" are the originals`);
      continue;
    }
    if (!known.has(`${defaultLocale}/${original}`)) at(`translationOf names "${original}", but there is no ${defaultLocale}/${original}.md`);
    const key = `${article.locale}/${original}`;
    const first = firstFile.get(key);
    if (first === undefined) firstFile.set(key, article.file);
    else at(`translationOf "${original}" is already translated in this locale by ${first}`);
  }
  return problems;
}
