import { describe, expect, it } from 'vitest';
import { FrontMatter } from '../../../../articles/publish/front-matter-schema';
import { parseArticle } from '../../../../articles/publish/parse-article';
import { renderArticle } from '../../../../articles/publish/render-article';
import { article } from './fixtures/articles-fixture';

function render(body: string, locale = 'en') {
  const { article: parsed } = parseArticle({ locale, slug: 'a', file: `${locale}/a.md`, text: article(undefined, body) });
  if (!parsed) throw new Error('fixture did not parse');
  return renderArticle({ ...parsed, meta: FrontMatter.parse(parsed.fields) });
}

describe('renderArticle', () => {
  it('demotes headings one level below the title the widget shows as h2', () => {
    expect(render('# One\n\n## Two\n\n### Three\n\n###### Six').html).toBe('<h2>One</h2>\n<h3>Two</h3>\n<h4>Three</h4>\n<h6>Six</h6>\n');
  });

  it('rewrites article links in the same and in another locale to open inline', () => {
    const { html } = render('[Fees](fees.md) and [Faktura](../en/pay-invoice.md#card)', 'sv');
    expect(html).toBe('<p><a href="#" data-article="sv/fees">Fees</a> and <a href="#" data-article="en/pay-invoice">Faktura</a></p>\n');
  });

  it('opens external links in a new tab without handing over the page', () => {
    expect(render('See [status](https://status.kestrelhost.com) or https://panel.kestrelhost.com').html).toBe(
      '<p>See <a href="https://status.kestrelhost.com" target="_blank" rel="noopener noreferrer">status</a> or ' +
        '<a href="https://panel.kestrelhost.com" target="_blank" rel="noopener noreferrer">https://panel.kestrelhost.com</a></p>\n',
    );
  });

  it('keeps mailto and tel links as they are', () => {
    expect(render('[Mail](mailto:support@kestrelhost.com) [Call](tel:+46812345600)').html).toBe(
      '<p><a href="mailto:support@kestrelhost.com">Mail</a> <a href="tel:+46812345600">Call</a></p>\n',
    );
  });

  it('never passes raw HTML through', () => {
    const { html } = render('<div onclick="steal()">x</div>\n\nText <img src=x onerror=alert(1)> end');
    expect(html).not.toMatch(/<div|<img/);
    expect(html).toContain('&lt;div onclick=&quot;steal()&quot;&gt;');
  });

  it('reduces a refused link to its text', () => {
    expect(render('[click](javascript:alert(1)) and [x](data:text/html,hi)').html).toBe('<p>click and x</p>\n');
  });

  it('reduces an image to its alt text', () => {
    expect(render('![The *Backups* page](backups.png)').html).toBe('<p>The Backups page</p>\n');
  });

  it('renders tables', () => {
    expect(render('| Port | Use |\n|---|---|\n| 993 | IMAP |').html).toContain('<td>993</td>\n<td>IMAP</td>');
  });

  it('gives the index plain text with code kept and whitespace collapsed', () => {
    const { text } = render('## Settings\n\nUse **IMAP**, host `mail.kestrelhost.com`.\nNext   line.\n\n```\nport 993\n```\n\n| A | B |\n|---|---|\n| x | y |');
    expect(text).toBe('Settings Use IMAP, host mail.kestrelhost.com. Next line. port 993 A B x y');
  });
});
