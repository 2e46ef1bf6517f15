/** A word of a text and where it sits, so highlighting can cut the text around it. */
export interface WordSpan {
  word: string;
  start: number;
  end: number;
}

// Letters and digits of any script; an apostrophe inside a word keeps "can't" as one word.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/**
 * The words of a text with their positions, in order. Punctuation and spaces separate words;
 * hyphens too ("e-mail" is "e" and "mail"), which `analyse` joins back as an extra term.
 *
 * @example
 *   words('Reset your e-mail password').map((w) => w.word); // ['Reset', 'your', 'e', 'mail', 'password']
 */
export function words(text: string): WordSpan[] {
  const found: WordSpan[] = [];
  for (const match of text.matchAll(WORD)) {
    found.push({ word: match[0], start: match.index, end: match.index + match[0].length });
  }
  return found;
}
