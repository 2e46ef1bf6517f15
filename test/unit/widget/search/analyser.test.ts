import { describe, expect, it } from 'vitest';
import { createAnalyser } from '../../../../widget/search/analyser';
import { stemmerFor } from '../../../../widget/search/stemmer-table';

const analyser = (locale: string) => createAnalyser(locale, stemmerFor(locale));
const words = (locale: string, query: string) => analyser(locale).queryTerms(query).map((term) => term.word);

describe('createAnalyser', () => {
  it('drops each language’s stop words from a question', () => {
    expect(words('en', 'how do I reset my password')).toEqual(['reset', 'password']);
    expect(words('sv', 'hur byter jag lösenord')).toEqual(['byter', 'losenord']);
    expect(words('nl', 'hoe kan ik mijn wachtwoord wijzigen')).toEqual(['wachtwoord', 'wijzigen']);
    expect(words('da', 'hvordan skifter jeg min adgangskode')).toEqual(['skifter', 'adgangskode']);
  });

  it('keeps the last word of a question made only of stop words', () => {
    expect(words('en', 'how do i')).toEqual(['i']);
  });

  it('marks only a last word still being typed as partial', () => {
    const terms = analyser('en').queryTerms('reset pass');
    expect(terms.map((term) => term.partial)).toEqual([false, true]);
    expect(analyser('en').queryTerms('reset pass ').map((term) => term.partial)).toEqual([false, false]);
  });

  it('stems each language with its own rules', () => {
    expect(analyser('en').forms('Passwords').stem).toBe('password');
    expect(analyser('sv').forms('Inställningar').stem).toBe('installning');
    expect(analyser('nl').forms('wachtwoorden').stem).toBe('wachtwoord');
    expect(analyser('da').forms('adgangskoden').stem).toBe('adgangskod');
  });

  it('reads "e-mail" in a query as one word, and indexes it both ways', () => {
    expect(words('en', 'e-mail on iphone')).toEqual(['email', 'iphone']);
    expect(analyser('en').indexTerms('Set up e-mail')).toEqual(expect.arrayContaining(['mail', 'email']));
  });

  it('indexes folded words and stems without stop words or single letters', () => {
    const terms = analyser('sv').indexTerms('Så återställer du lösenordet i kontrollpanelen');
    expect(terms).toEqual(expect.arrayContaining(['aterstaller', 'losenordet', 'kontrollpanelen']));
    expect(terms).not.toContain('du');
    expect(terms).not.toContain('i');
  });
});

describe('createAnalyser in Swedish', () => {
  it('stems the definite form of neuter nouns, which Snowball leaves alone', () => {
    const sv = analyser('sv');
    expect(sv.forms('lösenordet').stem).toBe(sv.forms('lösenord').stem);
    expect(sv.forms('kontot').stem).toBe('kontot');
  });
});
