/** A locale folder's name: "en", "sv", "pt-BR". The same rule as the contract's `localeCode`. */
export const LOCALE_NAME = /^[a-z]{2}(-[A-Z]{2})?$/;

/** An article's slug: lowercase words of a-z and 0-9 joined by single hyphens. */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The locale translations point back to with `translationOf`, unless the articles say otherwise. */
export const DEFAULT_LOCALE = 'en';
