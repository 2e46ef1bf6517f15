import { findRawHtml } from './find-raw-html';
import { inlineTokens } from './inline-tokens';
import type { Problem } from './problem';
import { resolveLink } from './resolve-link';
import type { ParsedArticle } from './types';

/**
 * Checks a body for what the widget cannot or must not show: raw HTML, images, links with a
 * refused scheme, and links to articles that do not exist. `known` holds `locale/slug` keys.
 *
 * @example checkBody(parsed, new Set(['en/change-nameservers']))
 */
export function checkBody(article: ParsedArticle, known: ReadonlySet<string>): Problem[] {
  const { file, locale } = article;
  const problems: Problem[] = findRawHtml(article.body, article.bodyLine).map(({ line, html }) => ({
    file,
    line,
    message: `raw HTML is not allowed (${html}): write it in Markdown instead`,
  }));
  for (const { token, line } of inlineTokens(article.tokens, article.bodyLine)) {
    if (token.type === 'image') {
      problems.push({ file, line, message: 'images are not supported yet: describe what the reader sees in words' });
    }
    if (token.type !== 'link_open') continue;
    const href = String(token.attrGet('href') ?? '');
    const target = resolveLink(href, locale);
    if (target.kind === 'refused') problems.push({ file, line, message: target.reason });
    if (target.kind === 'article' && !known.has(`${target.locale}/${target.slug}`)) {
      problems.push({ file, line, message: `link to an article that does not exist: "${href}" (there is no ${target.locale}/${target.slug}.md)` });
    }
  }
  return problems;
}
