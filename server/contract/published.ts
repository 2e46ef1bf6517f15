import * as z from 'zod/mini';

// zod/mini, not classic zod: the widget imports this contract, and mini tree-shakes to a few KB
// where classic zod would add tens of KB to every visitor's first load.

/**
 * What the publish step writes and the widget reads. One schema per file it writes, so the
 * runtime check in the widget and the type in the publish step can never drift apart.
 *
 * Layout under the output folder (default `dist/articles`):
 *   manifest.json                          small, never cached for long: points at the rest
 *   <locale>/docs.<hash>.json              every article's listing (no body), in index order
 *   <locale>/index.<hash>.json             the serialised search index for that locale
 *   <locale>/a/<slug>.<hash>.json          one article's rendered, sanitised body
 * Every path in these files is relative to the folder that holds manifest.json.
 */

export const localeCode = z.string().check(z.regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'a locale code such as "en" or "pt-BR"'));

/** One article as listed in docs.<hash>.json; `id` is its position in the list and in the index. */
export const ArticleListing = z.object({
  id: z.int().check(z.nonnegative()),
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  tags: z.array(z.string()),
  category: z.string(),
  updated: z.string(), // ISO date, YYYY-MM-DD
  featured: z.boolean(),
  translationOf: z.optional(z.string()),
  href: z.string(), // path of the article file, relative to the manifest
});
export type ArticleListing = z.infer<typeof ArticleListing>;

export const DocsFile = z.object({
  locale: localeCode,
  articles: z.array(ArticleListing),
});
export type DocsFile = z.infer<typeof DocsFile>;

/** One article's body, loaded only when a visitor opens it. `html` is sanitised at publish time. */
export const ArticleFile = z.object({
  locale: localeCode,
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  category: z.string(),
  tags: z.array(z.string()),
  updated: z.string(),
  html: z.string(),
  /** Other locales' versions of this article, by locale, as slugs. */
  translations: z.record(z.string(), z.string()),
});
export type ArticleFile = z.infer<typeof ArticleFile>;

export const LocaleEntry = z.object({
  count: z.int().check(z.nonnegative()),
  docs: z.string(),
  index: z.string(),
});
export type LocaleEntry = z.infer<typeof LocaleEntry>;

export const Manifest = z.object({
  version: z.literal(1),
  generated: z.string(),
  defaultLocale: localeCode,
  locales: z.record(z.string(), LocaleEntry),
});
export type Manifest = z.infer<typeof Manifest>;
