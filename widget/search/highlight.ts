import type { Analyser } from './analyser';
import type { Highlighted } from './types';
import { words } from './words';

/**
 * Cuts a text into pieces, marking each word that one of the keys found: a key matches a word
 * when the word, or its stem, starts with it, the same way the forward index matched it.
 * "E-mail" is tried as "email" first, as the index holds it. Single letters are not marked:
 * while typing "p", marking every p-word helps nobody.
 */
export function highlightText(text: string, keys: readonly string[], analyser: Analyser): Highlighted[] {
  const useful = keys.filter((key) => key.length > 1);
  const matches = (word: string) => {
    const forms = analyser.forms(word);
    return useful.some(
      // The last test marks "lösenord" for the query "lösenordet": another form of the same word.
      (key) => forms.word.startsWith(key) || forms.stem.startsWith(key) || (forms.stem.length > 3 && key.startsWith(forms.stem)),
    );
  };
  const pieces: Highlighted[] = [];
  let at = 0;
  const mark = (start: number, end: number) => {
    if (start > at) pieces.push({ text: text.slice(at, start), match: false });
    pieces.push({ text: text.slice(start, end), match: true });
    at = end;
  };
  const spans = words(text);
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    const next = spans[i + 1];
    if (next && text.slice(span.end, next.start) === '-' && matches(span.word + next.word)) {
      mark(span.start, next.end);
      i++;
    } else if (matches(span.word)) {
      mark(span.start, span.end);
    }
  }
  if (at < text.length || pieces.length === 0) pieces.push({ text: text.slice(at), match: false });
  return pieces;
}
