import { textDirection } from '../i18n/direction';
import { checkLocale } from './config';
import { launcherLabel } from './launcher';

/**
 * The parts of the page the loader itself localises: the launcher's label and the shadow host's
 * `dir` (the launcher's corner and the panel mirror for right-to-left languages).
 *
 * @example applyLocale(shadow.host, launcher, 'ar'); // dir="rtl", label in English (no Arabic strings)
 */
export function applyLocale(host: HTMLElement | undefined, launcher: HTMLButtonElement | undefined, locale: string): void {
  host?.setAttribute('dir', textDirection(locale));
  launcher?.setAttribute('aria-label', launcherLabel(locale));
}

/**
 * Follows the script tag's `data-locale` at runtime: `onChange` gets the new language (or the
 * page's `<html lang>`, else "en", when the attribute goes away). A bad value is ignored with a
 * warning. Returns the function that stops watching.
 *
 * @example const stop = watchLocaleAttribute(script, (locale) => setLocale(locale));
 */
export function watchLocaleAttribute(script: HTMLScriptElement | null, onChange: (locale: string) => void): () => void {
  if (!script || typeof MutationObserver !== 'function') return () => undefined;
  const observer = new MutationObserver(() => {
    const raw = script.getAttribute('data-locale')?.trim();
    const locale = raw ? checkLocale(raw) : (checkLocale(document.documentElement.lang) ?? 'en');
    if (locale) onChange(locale);
    else console.warn(`[SupportWidget] ignoring data-locale="${raw}": not a language tag.`);
  });
  observer.observe(script, { attributes: true, attributeFilter: ['data-locale'] });
  return () => observer.disconnect();
}
