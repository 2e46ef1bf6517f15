/** Where a link in an article goes, as far as the widget is concerned. */
export type LinkTarget =
  | { kind: 'article'; locale: string; slug: string }
  | { kind: 'external'; href: string }
  | { kind: 'contact'; href: string }
  | { kind: 'refused'; reason: string };

const ARTICLE = /^(?:\.\/|\.\.\/([^/]+)\/)?([^/?#]+)\.md(?:#.*)?$/;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * Classifies a link's href. Only article links, http(s), mailto and tel are allowed: anything
 * else (`javascript:`, `data:`, `vbscript:`, `file:`, site-relative paths) is refused.
 *
 * @example resolveLink('../sv/betala-faktura.md#swish', 'en') // { kind: 'article', locale: 'sv', slug: 'betala-faktura' }
 */
export function resolveLink(href: string, fromLocale: string): LinkTarget {
  const article = ARTICLE.exec(href);
  if (article) return { kind: 'article', locale: article[1] ?? fromLocale, slug: article[2] ?? '' };
  const scheme = SCHEME.exec(href)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https') return { kind: 'external', href };
  if (scheme === 'mailto' || scheme === 'tel') return { kind: 'contact', href };
  if (scheme) return { kind: 'refused', reason: `${scheme}: links are not allowed; links may use https, http, mailto or tel` };
  return {
    kind: 'refused',
    reason: `unsupported link "${href}": link to an article as slug.md or ../<locale>/slug.md, or to a full https:// address`,
  };
}
