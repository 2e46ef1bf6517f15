// Letters that Unicode does not decompose into a base letter plus a mark, so NFD alone leaves them.
const LIGATURES: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ð: 'd', þ: 'th', ł: 'l', đ: 'd', ı: 'i' };
const LIGATURE_PATTERN = /[øæœßðþłđı]/g;
const MARKS = /\p{M}+/gu;

/**
 * Lower-cases a word and folds it to plain letters, so that a visitor who types without
 * diacritics ("losenord", "adgangsmaade") still finds the article ("lösenord", "adgangsmåde").
 *
 * @example
 *   fold('Lösenord'); // 'losenord'
 *   fold('Ærø');      // 'aero'
 */
export function fold(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(LIGATURE_PATTERN, (letter) => LIGATURES[letter] ?? letter);
}
