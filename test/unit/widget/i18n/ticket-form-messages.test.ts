import { describe, expect, it } from 'vitest';
import { da, en, nl, sv } from '../../../../widget/i18n/ticket-form-messages';

const translations = { sv, nl, da };

describe('ticket form messages', () => {
  for (const [locale, t] of Object.entries({ en, ...translations })) {
    it(`has a form for every plural category of ${locale}`, () => {
      const categories = [...new Intl.PluralRules(locale).resolvedOptions().pluralCategories].sort();
      expect(Object.keys(t.retryIn).sort()).toEqual(categories);
      expect(Object.keys(t.tooLong).sort()).toEqual(categories);
    });
  }

  it('translates every sentence of the form and the confirmation', () => {
    // Words that are the same in a language as in English ("Send" in Danish, "E-mail" in Dutch) may match.
    const sameWord = new Set(['send', 'categories', 'urgentReasons']);
    for (const [locale, t] of Object.entries(translations)) {
      const untranslated = (Object.keys(en) as (keyof typeof en)[]).filter((key) => !sameWord.has(key) && typeof en[key] === 'string' && t[key] === en[key]);
      expect(untranslated, locale).toEqual([]);
      expect(Object.values(t.urgentReasons).filter((text) => Object.values(en.urgentReasons).includes(text)), locale).toEqual([]);
    }
  });
});
