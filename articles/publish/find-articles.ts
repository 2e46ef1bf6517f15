import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LOCALE_NAME, SLUG } from './names';
import type { Problem } from './problem';
import type { SourceFile } from './types';

const SLUG_RULE = 'a slug is lowercase words of a-z and 0-9 joined by hyphens, such as "reset-email-password"';

/**
 * The find stage: every `<locale>/<slug>.md` under `articlesDir`, in a stable order (locale,
 * then file name). Folders that are not locale codes (`publish`) are skipped; anything in a
 * locale folder that is not a well-named article is a problem.
 *
 * @example const { files, problems } = await findArticles('articles', 'en');
 */
export async function findArticles(articlesDir: string, defaultLocale: string): Promise<{ files: SourceFile[]; problems: Problem[] }> {
  const entries = await readdir(articlesDir, { withFileTypes: true }).catch(() => undefined);
  if (!entries) return { files: [], problems: [{ file: articlesDir, line: 1, message: 'the articles folder does not exist or cannot be read' }] };
  const locales = entries.filter((entry) => entry.isDirectory() && LOCALE_NAME.test(entry.name)).map((entry) => entry.name).sort();
  const files: SourceFile[] = [];
  const problems: Problem[] = [];
  if (!locales.includes(defaultLocale)) {
    problems.push({ file: join(articlesDir, defaultLocale), line: 1, message: `the default locale folder "${defaultLocale}" is missing` });
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
  return { files, problems };
}
