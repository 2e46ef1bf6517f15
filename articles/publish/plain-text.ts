import type { Token } from 'markdown-it';

const INLINE_TEXT = new Set(['text', 'code_inline', 'image']);
const BLOCK_TEXT = new Set(['fence', 'code_block']);

/**
 * A parsed body as plain text for the search index: no markup, code kept as text (visitors
 * search for `mail.kestrelhost.com` too), whitespace collapsed to single spaces.
 *
 * @example plainText(markdown.parse('## Steps\n\nUse **IMAP** on `993`.', {})) // 'Steps Use IMAP on 993.'
 */
export function plainText(tokens: Token[]): string {
  const parts: string[] = [];
  for (const token of tokens) {
    if (BLOCK_TEXT.has(token.type)) parts.push(token.content, ' ');
    if (token.type !== 'inline') continue;
    for (const child of token.children ?? []) {
      if (INLINE_TEXT.has(child.type)) parts.push(child.content);
      else if (child.type === 'softbreak' || child.type === 'hardbreak') parts.push(' ');
    }
    // Blocks (paragraphs, headings, table cells) end in a space so their words never run together.
    parts.push(' ');
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}
