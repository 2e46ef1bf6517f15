import { stemmer as danish } from '@orama/stemmers/danish';
import { stemmer as dutch } from '@orama/stemmers/dutch';
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as swedish } from '@orama/stemmers/swedish';
import { noStem, type Stem } from './stemmers';

const TABLE: Record<string, Stem> = { en: english, sv: swedish, nl: dutch, da: danish };

/**
 * The same stemmers `loadStemmer` loads in the browser, imported eagerly for the publish step,
 * which builds every locale in one go. Never imported by the widget bundle.
 */
export function stemmerFor(locale: string): Stem {
  return TABLE[locale.slice(0, 2)] ?? noStem;
}
