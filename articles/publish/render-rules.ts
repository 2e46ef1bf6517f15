import type { Env, MarkdownIt, Token } from 'markdown-it';
import { resolveLink } from './resolve-link';

/** Passed to markdown-it's render as `env`: links without a locale are in the article's own. */
export type RenderEnv = { locale: string };

const localeOf = (env: Env | undefined) => String(env?.locale ?? '');

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// The widget shows the article title as h2, so the body's headings start one level below it.
const heading = (token: Token) => `h${Math.min(Number(token.tag.slice(1)) + 1, 6)}`;

function linkOpen(token: Token, locale: string): string {
  const target = resolveLink(String(token.attrGet('href') ?? ''), locale);
  switch (target.kind) {
    case 'article':
      return `<a href="#" data-article="${escape(`${target.locale}/${target.slug}`)}">`;
    case 'external':
      return `<a href="${escape(target.href)}" target="_blank" rel="noopener noreferrer">`;
    case 'contact':
      return `<a href="${escape(target.href)}">`;
    case 'refused':
      return '';
  }
}

// Links never nest in CommonMark, so a link's opening token is the nearest one before its close.
function linkClose(tokens: Token[], idx: number, locale: string): string {
  const open = tokens.slice(0, idx).findLast((token) => token.type === 'link_open');
  return open && linkOpen(open, locale) === '' ? '' : '</a>';
}

/**
 * markdown-it renderer rules for articles: headings one level down, links rewritten for the
 * widget (article links open inline, external ones in a new tab), refused links reduced to their
 * text, images to their alt text, and raw HTML dropped.
 *
 * @example Object.assign(markdown.renderer.rules, renderRules);
 */
export const renderRules: MarkdownIt['renderer']['rules'] = {
  heading_open: (tokens, idx) => `<${heading(tokens[idx]!)}>`,
  heading_close: (tokens, idx) => `</${heading(tokens[idx]!)}>\n`,
  link_open: (tokens, idx, _options, env) => linkOpen(tokens[idx]!, localeOf(env)),
  link_close: (tokens, idx, _options, env) => linkClose(tokens, idx, localeOf(env)),
  image: (tokens, idx, options, env, self) => escape(self.renderInlineAsText(tokens[idx]!.children ?? [], options, env)),
  html_block: () => '',
  html_inline: () => '',
};
