/**
 * The embed's options, read from the script tag's data-* attributes. Every option is optional;
 * this table is the one place their defaults live (the README documents the same table).
 *
 * Deliberately not zod: this runs in the loader, which every page of the site downloads (about 3.7 KB gzip), and zod would be most of it. Each option is
 * checked here once, and a bad value falls back to its default with one console warning.
 *
 * @example
 *   <script src="https://help.example.com/widget/widget.js" data-locale="sv" data-color="#0a7" async></script>
 */
export interface WidgetConfig {
  /** Origin (and optional path) of the widget server. Default: where widget.js came from. */
  server: string;
  /** Visitor's language, e.g. "sv". Default: `<html lang>`, else "en". */
  locale: string;
  /** Brand colour of the launcher, buttons and links, any CSS colour. Default: "#2454d6". */
  color: string;
  /** Which bottom corner the launcher sits in. Default: "right". */
  position: 'right' | 'left';
  /** Where "Contact support" sends people when no article helps: an e-mail address. Default: none. */
  contactEmail: string;
  /** ...or a contact page on the host site. Default: none. */
  contactUrl: string;
}

/**
 * A language tag as the widget uses it: its language subtag, lower-cased ("sv" for "sv-SE", "ckb"
 * for "ckb-IQ"), or undefined when `raw` is no language tag. Shared by data-locale, `<html lang>`
 * and `SupportWidget.setLocale()`.
 *
 * @example checkLocale('nl_BE') // 'nl'
 */
export function checkLocale(raw: string): string | undefined {
  const tag = raw.trim();
  return /^[a-zA-Z]{2,3}([-_][a-zA-Z0-9]{2,8})*$/.test(tag) ? tag.split(/[-_]/)[0]!.toLowerCase() : undefined;
}

type Check = (raw: string, isColour: (value: string) => boolean) => string | undefined;

const checks: { [K in keyof WidgetConfig]: Check } = {
  server: (raw) => (/^https?:\/\/[^\s]+$/.test(raw) ? raw.replace(/\/+$/, '') : undefined),
  locale: (raw) => checkLocale(raw),
  // CSS.supports keeps anything that is not a colour (and could break out of a rule) from reaching a stylesheet.
  color: (raw, isColour) => (isColour(raw) && !/[;{}\\]/.test(raw) ? raw : undefined),
  position: (raw) => (raw === 'left' || raw === 'right' ? raw : undefined),
  contactEmail: (raw) => (/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(raw) ? raw : undefined),
  contactUrl: (raw) => (/^https?:\/\/[^\s]+$/.test(raw) ? raw : undefined),
};

const attributes: { [K in keyof WidgetConfig]: string } = {
  server: 'data-server',
  locale: 'data-locale',
  color: 'data-color',
  position: 'data-position',
  contactEmail: 'data-contact-email',
  contactUrl: 'data-contact-url',
};

/**
 * Reads the options from the script element. `scriptSrc` gives the default server; `htmlLang`
 * the default locale. Returns the config and the list of rejected attributes (for one warning).
 */
export function readConfig(
  read: (attribute: string) => string | null,
  scriptSrc: string,
  htmlLang: string,
  isColour: (value: string) => boolean = (value) => CSS.supports('color', value),
): { config: WidgetConfig; rejected: string[] } {
  const defaults: WidgetConfig = {
    server: new URL(scriptSrc).origin,
    locale: checks.locale(htmlLang, isColour) ?? 'en',
    color: '#2454d6',
    position: 'right',
    contactEmail: '',
    contactUrl: '',
  };
  const config = { ...defaults };
  const rejected: string[] = [];
  for (const key of Object.keys(checks) as (keyof WidgetConfig)[]) {
    const raw = read(attributes[key]);
    if (raw === null || raw.trim() === '') continue;
    const value = checks[key](raw.trim(), isColour);
    if (value === undefined) rejected.push(`${attributes[key]}="${raw}"`);
    else (config as Record<string, string>)[key] = value;
  }
  return { config, rejected };
}
