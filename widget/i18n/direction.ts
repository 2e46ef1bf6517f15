// Languages written right to left, for engines without Intl.Locale text info (Firefox, older Safari).
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'nqo', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

interface TextInfo {
  direction?: string;
}
type LocaleWithTextInfo = Intl.Locale & { getTextInfo?(): TextInfo; textInfo?: TextInfo };

/**
 * Whether `locale` is written left to right or right to left, from Intl where the engine knows
 * (`getTextInfo()`, or the older `textInfo` getter), else from a short list of RTL languages.
 * Anything unparsable is "ltr".
 *
 * @example textDirection('ar') // 'rtl'
 * @example textDirection('sv-SE') // 'ltr'
 */
export function textDirection(locale: string): 'ltr' | 'rtl' {
  try {
    const parsed = new Intl.Locale(locale) as LocaleWithTextInfo;
    const direction = (parsed.getTextInfo?.() ?? parsed.textInfo)?.direction;
    if (direction === 'rtl' || direction === 'ltr') return direction;
    return RTL_LANGUAGES.has(parsed.language) ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}
