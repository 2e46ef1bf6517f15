// The strings of the ticket form, the duplicate offer and the confirmation, per language: merged into `Messages` by messages.ts.

export const en = {};
type Strings = typeof en;

export const sv: Strings = {};
export const nl: Strings = {};
export const da: Strings = {};
