import type { Analyser } from './analyser';
import type { Highlighted } from './types';
import { words } from './words';

/**
 * Cuts a text into pieces, marking each word that one of the keys found: a key matches a word
 * when the word, or its stem, starts with it, the same way the forward index matched it.
 * Single letters are not marked: while typing "p", marking every p-word helps nobody.
 */
export function highlightText(text: string, keys: readonly string[], analyser: Analyser): Highlighted[] {
  const useful = keys.filter((key) => key.length > 1);
  const pieces: Highlighted[] = [];
  let at = 0;
  for (const span of words(text)) {
    const forms = analyser.forms(span.word);
    const marked = useful.some(
      // The last test marks "lösenord" for the query "lösenordet": another form of the same word.
      (key) => forms.word.startsWith(key) || forms.stem.startsWith(key) || (forms.stem.length > 3 && key.startsWith(forms.stem)),
    );
    if (!marked) continue;
    if (span.start > at) pieces.push({ text: text.slice(at, span.start), match: false });
    pieces.push({ text: span.word, match: true });
    at = span.end;
  }
  if (at < text.length || pieces.length === 0) pieces.push({ text: text.slice(at), match: false });
  return pieces;
}
