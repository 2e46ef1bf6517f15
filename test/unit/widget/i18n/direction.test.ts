import { afterEach, describe, expect, it, vi } from 'vitest';
import { textDirection } from '../../../../widget/i18n/direction';

describe('textDirection', () => {
  afterEach(() => vi.restoreAllMocks());

  it('says right to left for Arabic, Hebrew, Persian and Urdu, with or without a region', () => {
    for (const locale of ['ar', 'he', 'fa', 'ur', 'ar-EG', 'he-IL']) expect(textDirection(locale)).toBe('rtl');
  });

  it('says left to right for the shipped languages and for what is no language tag', () => {
    for (const locale of ['en', 'sv-SE', 'nl', 'da', '', 'not a tag!']) expect(textDirection(locale)).toBe('ltr');
  });

  it('falls back to its own list where Intl.Locale has no text info', () => {
    const Original = Intl.Locale;
    vi.spyOn(Intl, 'Locale').mockImplementation(function (tag: string) {
      const plain = new Original(tag);
      return { language: plain.language } as Intl.Locale;
    } as unknown as typeof Intl.Locale);
    expect(textDirection('yi')).toBe('rtl');
    expect(textDirection('fa-IR')).toBe('rtl');
    expect(textDirection('de')).toBe('ltr');
  });
});
