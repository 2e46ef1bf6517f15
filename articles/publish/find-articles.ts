import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_LOCALE, LOCALE_NAME, SLUG } from './names';
import type { Problem } from './problem';
import type { SourceFile } from './types';

const SLUG_RULE = 'a slug is lowercase words of a-z and 0-9 joined by hyphens, such as "reset-email-password"';

/**
 * The find stage: every `<locale>/<slug>.md` under `articlesDir`, in a stable order (locale,
 * then file name). Folders that are not locale codes (`publish`) are skipped; anything in a
 * locale folder that is not a well-named article is a problem. The default locale (the one
 * translations point back to) is `wanted` when given, else English, else the only locale there is.
 *
 * @example const { files, problems, defaultLocale } = await findArticles('articles');
 */
export async function findArticles(
  articlesDir: string,
  wanted?: string,
): Promise<{ files: SourceFile[]; problems: Problem[]; defaultLocale: string }> {
  const entries = await readdir(articlesDir, { withFileTypes: true }).catch(() => undefined);
  const fallback = wanted ?? DEFAULT_LOCALE;
  if (!entries) {
    return { files: [], problems: [{ file: articlesDir, line: 1, message: 'the articles folder does not exist or cannot be read' }], defaultLocale: fallback };
  }
  const locales = entries.filter((entry) => entry.isDirectory() && LOCALE_NAME.test(entry.name)).map((entry) => entry.name).sort();
  const defaultLocale = wanted ?? (locales.length === 1 && !locales.includes(DEFAULT_LOCALE) ? locales[0]! : DEFAULT_LOCALE);
  const files: SourceFile[] = [];
  const problems: Problem[] = [];
  if (!locales.includes(defaultLocale)) {
    const hint = wanted ? '' : ` (with several locales and no "${DEFAULT_LOCALE}", name the default one with --default-locale)`;
    problems.push({ file: join(articlesDir, defaultLocale), line: 1, message: `the default locale folder "${defaultLocale}" is missing${hint}` });
  }
  for (const locale of locales) {
    const names = (await readdir(join(articlesDir, locale), { withFileTypes: true }))
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
      .map((entry) => entry.name)
      .sort();
    for (const name of names) {
      const file = join(articlesDir, locale, name);
      const slug = name.replace(/\.md$/, '');
      if (slug === name) {
        problems.push({ file, line: 1, message: 'not an article: files in a locale folder are named <slug>.md' });
      } else if (!SLUG.test(slug)) {
        const twin = names.find((other) => other !== name && other.toLowerCase() === name.toLowerCase());
        const also = twin ? ` (it differs only in case from ${twin})` : '';
        problems.push({ file, line: 1, message: `bad slug "${slug}"${also}: ${SLUG_RULE}` });
      } else {
        files.push({ locale, slug, file, text: await readFile(file, 'utf8') });
      }
    }
  }
  if (locales.includes(defaultLocale) && !files.some((file) => file.locale === defaultLocale)) {
    problems.push({ file: join(articlesDir, defaultLocale), line: 1, message: `the default locale "${defaultLocale}" has no articles` });
  }
  return { files, problems, defaultLocale };
}
