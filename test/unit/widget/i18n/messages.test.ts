import { describe, expect, it } from 'vitest';
import { da, en, nl, sv, type Messages } from '../../../../widget/i18n/messages';

const locales: Record<string, Messages> = { en, sv, nl, da };
const pluralKeys = ['minutes', 'hours', 'days'] as const;

describe('messages', () => {
  for (const [locale, t] of Object.entries(locales)) {
    it(`has a form for every plural category of ${locale}`, () => {
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      for (const key of pluralKeys) expect(Object.keys(t[key]).sort(), `${locale}.${key}`).toEqual([...categories].sort());
    });
  }

  it('translates every string of the contact step', () => {
    const keys = ['needMoreHelp', 'contactUs', 'channelsLabel', 'channelsLoading', 'channelsError', 'channelsEmpty', 'fallbackIntro', 'openNow', 'closed', 'waitUnknown', 'replyTimeUnknown', 'fastest', 'newTab', 'knownIssue', 'followIncident', 'underMinute'] as const;
    for (const t of [sv, nl, da]) {
      const untranslated = keys.filter((key) => t[key] === en[key]);
      expect(untranslated).toEqual([]);
    }
  });
});
