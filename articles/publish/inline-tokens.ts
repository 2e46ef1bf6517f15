import type { Token } from 'markdown-it';

/**
 * Every inline token of a parsed body with the file line it sits on. markdown-it maps only
 * block tokens to lines, so the line inside a paragraph is counted from its line breaks, and
 * table cells (which have no map) take the line of their row.
 *
 * @example for (const { token, line } of inlineTokens(tokens, 9)) if (token.type === 'link_open') console.log(line);
 */
export function* inlineTokens(tokens: Token[], bodyLine: number): Generator<{ token: Token; line: number }> {
  let line = 0;
  for (const block of tokens) {
    if (block.map) line = block.map[0];
    if (block.type !== 'inline') continue;
    let offset = 0;
    for (const token of block.children ?? []) {
      yield { token, line: bodyLine + line + offset };
      if (token.type === 'softbreak' || token.type === 'hardbreak') offset += 1;
      else offset += token.content.split('\n').length - 1;
    }
  }
}
