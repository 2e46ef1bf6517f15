import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../../../articles/publish/parse-cli-args';
import { runCli } from '../../../../articles/publish/run-cli';
import { article, articlesFixture } from './fixtures/articles-fixture';

async function run(argv: string[], files: Record<string, string> = { 'en/a.md': article() }) {
  const { root } = await articlesFixture(files);
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runCli(argv, { cwd: root, stdout: (line) => stdout.push(line), stderr: (line) => stderr.push(line) });
  return { code, stdout, stderr, root };
}

describe('parseCliArgs', () => {
  it('defaults to articles and dist/articles', () => {
    expect(parseCliArgs([])).toEqual({ articles: 'articles', out: 'dist/articles', help: false });
  });

  it('reads both flags, with a space or an equals sign', () => {
    expect(parseCliArgs(['--articles', 'content', '--out=build/a'])).toEqual({ articles: 'content', out: 'build/a', help: false });
  });
});

describe('runCli', () => {
  it('publishes and prints one line per locale and the out path', async () => {
    const { code, stdout, stderr, root } = await run(['--out', 'site/articles'], { 'en/a.md': article(), 'sv/b.md': article() });
    expect({ code, stderr }).toEqual({ code: 0, stderr: [] });
    expect(stdout).toEqual([
      expect.stringMatching(/^en: 1 article, index [\d.]+ (B|KiB) gzipped$/),
      expect.stringMatching(/^sv: 1 article, index [\d.]+ (B|KiB) gzipped$/),
      'published to site/articles',
    ]);
    expect(JSON.parse(await readFile(join(root, 'site/articles/manifest.json'), 'utf8'))).toMatchObject({ version: 1 });
  });

  it('lists every problem as file:line relative to the working folder, then the count, and exits 1', async () => {
    const files = { 'en/a.md': article(['title: ""']), 'en/b.md': 'no front matter' };
    const { code, stderr } = await run([], files);
    expect(code).toBe(1);
    expect(stderr).toEqual([
      'articles/en/a.md:1: missing required field "summary"',
      'articles/en/a.md:1: missing required field "category"',
      'articles/en/a.md:1: missing required field "updated"',
      'articles/en/a.md:2: title is empty',
      expect.stringMatching(/^articles\/en\/b\.md:1: missing front matter/),
      '5 problems; nothing was published',
    ]);
  });

  it('refuses an unknown flag with the usage and exit code 2', async () => {
    const { code, stdout, stderr } = await run(['--outdir', 'x']);
    expect({ code, stdout }).toEqual({ code: 2, stdout: [] });
    expect(stderr).toEqual(['unknown option --outdir', expect.stringMatching(/^usage: tsx articles\/publish\/cli\.ts \[--articles DIR\] \[--out DIR\]/)]);
  });

  it('refuses a flag without its value with the usage and exit code 2', async () => {
    for (const argv of [['--out'], ['--articles', '--out', 'x'], ['--out=']]) {
      const { code, stderr } = await run(argv);
      expect(code).toBe(2);
      expect(stderr[0]).toMatch(/^--(out|articles) needs a value/);
      expect(stderr[1]).toMatch(/^usage:/);
    }
  });

  it('refuses a stray argument', async () => {
    const { code, stderr } = await run(['articles']);
    expect(code).toBe(2);
    expect(stderr[0]).toBe('unexpected argument "articles"');
  });
});
