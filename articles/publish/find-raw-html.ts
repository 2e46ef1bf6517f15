import MarkdownIt from 'markdown-it';
import { inlineTokens } from './inline-tokens';

// Used only to find HTML, never to render: with html on, markdown-it tells real HTML apart from
// `<b>` in code or an escaped \<br>, which a pattern over the source could not.
const reader = new MarkdownIt({ html: true });

/**
 * The raw HTML in a markdown body (tags and comments outside code), one entry per file line.
 *
 * @example findRawHtml('Hi<b>there</b>', 9) // [{ line: 9, html: '<b>, </b>' }]
 */
export function findRawHtml(body: string, bodyLine: number): { line: number; html: string }[] {
  const tokens = reader.parse(body, {});
  const found = new Map<number, string[]>();
  const add = (line: number, html: string) => found.set(line, [...(found.get(line) ?? []), html.trim().split('\n')[0]?.slice(0, 60) ?? '']);
  for (const token of tokens) if (token.type === 'html_block' && token.map) add(bodyLine + token.map[0], token.content);
  for (const { token, line } of inlineTokens(tokens, bodyLine)) if (token.type === 'html_inline') add(line, token.content);
  return [...found].sort(([a], [b]) => a - b).map(([line, html]) => ({ line, html: html.join(', ') }));
}
