import { describe, expect, it } from 'vitest';
import { article, FIELDS, problemsIn, published } from './fixtures/articles-fixture';

// article() puts `---` on line 1, title 2, summary 3, category 4, updated 5, any extra field from 6;
// with FIELDS the body starts on line 8.
const [title, summary, category, updated] = FIELDS as [string, string, string, string];
const withBody = (body: string) => article(FIELDS, body);
const translation = (of: string) => article([...FIELDS, `translationOf: ${of}`]);

describe('publish problems', () => {
  it('names line 1 of a file without front matter', async () => {
    expect(await problemsIn({ 'en/a.md': '# Just a body\n' })).toEqual([expect.stringMatching(/^en\/a\.md:1: missing front matter/)]);
  });

  it('names the opening line and the key for a missing title', async () => {
    expect(await problemsIn({ 'en/a.md': article([summary, category, updated]) })).toEqual(['en/a.md:1: missing required field "title"']);
  });

  it('names the file and line of an empty title', async () => {
    expect(await problemsIn({ 'en/a.md': article(['title: ""', summary, category, updated]) })).toEqual(['en/a.md:2: title is empty']);
    expect(await problemsIn({ 'en/a.md': article([summary, 'title:', category, updated]) })).toEqual(['en/a.md:3: title is empty']);
  });

  it('names the line of a date that is not on the calendar', async () => {
    const problems = await problemsIn({ 'en/a.md': article([title, summary, category, 'updated: 2026-02-30']) });
    expect(problems).toEqual([expect.stringMatching(/^en\/a\.md:5: updated must be a real date/)]);
  });

  it('names the line of a date in the wrong format', async () => {
    const problems = await problemsIn({ 'en/a.md': article([title, 'updated: 14/10/2026', summary, category]) });
    expect(problems).toEqual([expect.stringMatching(/^en\/a\.md:3: updated must be a real date/)]);
  });

  it('names the real file line of malformed YAML', async () => {
    const colon = await problemsIn({ 'en/a.md': article([title, 'summary: Note: this breaks', category, updated]) });
    expect(colon).toEqual([expect.stringMatching(/^en\/a\.md:3: the front matter is not valid YAML/)]);
    const unclosed = await problemsIn({ 'en/a.md': article([title, summary, 'category: "Billing', updated]) });
    expect(unclosed).toEqual([expect.stringMatching(/^en\/a\.md:4: the front matter is not valid YAML: Missing closing/)]);
  });

  it('names the line of an empty tag', async () => {
    expect(await problemsIn({ 'en/a.md': article([...FIELDS, 'tags:', '  - email', '  - ""']) })).toEqual(['en/a.md:8: a tag is empty']);
  });

  it('names the line of an unknown key', async () => {
    const problems = await problemsIn({ 'en/a.md': article([summary, 'tittle: "Pay"', category, updated, title]) });
    expect(problems).toEqual([expect.stringMatching(/^en\/a\.md:3: unknown field "tittle"/)]);
  });

  it('reports a file name that is not a slug, naming its twin in another case', async () => {
    const problems = await problemsIn({ 'en/foo.md': article(), 'en/Foo.md': article() });
    expect(problems).toEqual([expect.stringMatching(/^en\/Foo\.md:1: bad slug "Foo" \(it differs only in case from foo\.md\)/)]);
  });

  it('reports the second translation of the same article at its translationOf line', async () => {
    const problems = await problemsIn({ 'en/pay.md': article(), 'sv/a.md': translation('pay'), 'sv/b.md': translation('pay') });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^sv\/b\.md:6: translationOf "pay" is already translated in this locale by .*sv\/a\.md$/);
  });

  it('reports a translationOf naming an English slug that does not exist', async () => {
    const problems = await problemsIn({ 'en/pay.md': article(), 'sv/a.md': translation('pay-bill') });
    expect(problems).toEqual(['sv/a.md:6: translationOf names "pay-bill", but there is no en/pay-bill.md']);
  });

  it('reports translationOf in the default locale', async () => {
    const problems = await problemsIn({ 'en/pay.md': article(), 'en/b.md': translation('pay') });
    expect(problems).toEqual([expect.stringMatching(/^en\/b\.md:6: translationOf is only for translations/)]);
  });

  it('names the line of a link to an article that does not exist, in text and in a table', async () => {
    const body = 'First line\nsee [fees](fees.md) and [betala](../sv/betala.md)\n\n| a | b |\n|---|---|\n| x | [y](gone.md#top) |';
    const problems = await problemsIn({ 'en/a.md': withBody(body) });
    expect(problems).toEqual([
      'en/a.md:9: link to an article that does not exist: "fees.md" (there is no en/fees.md)',
      'en/a.md:9: link to an article that does not exist: "../sv/betala.md" (there is no sv/betala.md)',
      'en/a.md:13: link to an article that does not exist: "gone.md#top" (there is no en/gone.md)',
    ]);
  });

  it('accepts links to articles that exist in any locale', async () => {
    const files = { 'en/a.md': withBody('[b](b.md) [sv](../sv/c.md#steg) [self](./a.md)'), 'en/b.md': article(), 'sv/c.md': article() };
    await expect(published(files)).resolves.toMatchObject({ manifest: { locales: { en: { count: 2 }, sv: { count: 1 } } } });
  });

  it('names the line of raw HTML, but not of HTML inside code', async () => {
    const body = 'Line one<br> and <b>bold</b>\nLine two `<b>` and \\<i>\n\n<div>\nblock\n</div>\n\n```\n<p>code</p>\n```\n\n<!-- note -->';
    expect(await problemsIn({ 'en/a.md': withBody(body) })).toEqual([
      'en/a.md:8: raw HTML is not allowed (<br>, <b>, </b>): write it in Markdown instead',
      'en/a.md:11: raw HTML is not allowed (<div>): write it in Markdown instead',
      'en/a.md:19: raw HTML is not allowed (<!-- note -->): write it in Markdown instead',
    ]);
  });

  it('names the line of javascript:, data: and vbscript: links', async () => {
    const body = 'a [x](javascript:alert(1))\nb [y](DATA:text/html;base64,PHA+)\n\nc [z](vbscript:msgbox) [f](file:///etc/passwd)';
    expect(await problemsIn({ 'en/a.md': withBody(body) })).toEqual([
      expect.stringMatching(/^en\/a\.md:8: javascript: links are not allowed/),
      expect.stringMatching(/^en\/a\.md:9: data: links are not allowed/),
      expect.stringMatching(/^en\/a\.md:11: vbscript: links are not allowed/),
      expect.stringMatching(/^en\/a\.md:11: file: links are not allowed/),
    ]);
  });

  it('names the line of a site-relative link', async () => {
    expect(await problemsIn({ 'en/a.md': withBody('\n[x](/billing)') })).toEqual([expect.stringMatching(/^en\/a\.md:9: unsupported link "\/billing"/)]);
  });

  it('names the line of an image', async () => {
    expect(await problemsIn({ 'en/a.md': withBody('Text\n\n![Panel](panel.png)') })).toEqual([
      'en/a.md:10: images are not supported yet: describe what the reader sees in words',
    ]);
  });

  it('reports a missing default locale folder when there are several locales and no English', async () => {
    expect(await problemsIn({ 'sv/a.md': article(), 'da/a.md': article() })).toEqual([
      'en:1: the default locale folder "en" is missing (with several locales and no "en", name the default one with --default-locale)',
    ]);
  });

  it('collects every problem in every file before failing, in file and line order', async () => {
    const problems = await problemsIn({
      'en/b.md': article([title, summary, category, 'updated: 2026-13-01'], '<b>x</b>'),
      'en/a.md': article([title, 'summary: ""', category, updated, 'feature: true']),
      'sv/c.md': '---\ntitle: x\n',
    });
    expect(problems.map((problem) => problem.split(': ')[0])).toEqual(['en/a.md:3', 'en/a.md:6', 'en/b.md:5', 'en/b.md:8', 'sv/c.md:1']);
  });
});
