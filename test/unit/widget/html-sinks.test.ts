import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const WIDGET = new URL('../../../widget/', import.meta.url).pathname;
const SINKS = /\b(innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|createContextualFragment)\b/;

/**
 * The only places the widget may turn a string into markup, each with why it is safe. Anything a
 * visitor or staff member typed reaches the page as text nodes only.
 */
const ALLOWED: Record<string, string> = {
  'ui/ArticleView.tsx': 'the article body: HTML the publish step rendered from the editors\' markdown and sanitised',
  'boot/launcher.ts': 'the launcher icons: a constant in the loader',
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

describe('the widget source', () => {
  it('turns strings into markup only where the content is ours', () => {
    const offenders = sourceFiles(WIDGET)
      .map((path) => relative(WIDGET, path))
      .filter((file) => !(file in ALLOWED))
      .flatMap((file) =>
        readFileSync(join(WIDGET, file), 'utf8')
          .split('\n')
          .map((line, index) => ({ line, at: `${file}:${index + 1}` }))
          .filter(({ line }) => SINKS.test(line) && !/^\s*(\/\/|\*)/.test(line))
          .map(({ at, line }) => `${at}: ${line.trim()}`),
      );
    expect(offenders).toEqual([]);
  });

  it('still finds a sink when one is written', () => {
    expect(SINKS.test('node.innerHTML = visitor.message;')).toBe(true);
    expect(SINKS.test('<div dangerouslySetInnerHTML={{ __html: reply.body }} />')).toBe(true);
  });
});
