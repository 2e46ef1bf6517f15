import MarkdownIt from 'markdown-it';
import { inlineTokens } from './inline-tokens';

// Used only to find HTML, never to render: with html on, markdown-it tells real HTML apart from
// `<b>` in code or an escaped \<br>, which a pattern over the source could not.
const reader = new MarkdownIt({ html: true });

/**
 * The raw HTML in a markdown body (tags and comments outside code), with file lines.
 *
 * @example findRawHtml('Hi<br>there', 9) // [{ line: 9, html: '<br>' }]
 */
export function findRawHtml(body: string, bodyLine: number): { line: number; html: string }[] {
  const tokens = reader.parse(body, {});
  const blocks = tokens.filter((token) => token.type === 'html_block' && token.map);
  const found = blocks.map((token) => ({ line: bodyLine + (token.map?.[0] ?? 0), html: token.content }));
  for (const { token, line } of inlineTokens(tokens, bodyLine)) {
    if (token.type === 'html_inline') found.push({ line, html: token.content });
  }
  return found
    .map(({ line, html }) => ({ line, html: html.trim().split('\n')[0]?.slice(0, 60) ?? '' }))
    .sort((a, b) => a.line - b.line);
}
