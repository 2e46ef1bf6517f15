// The strings of "My tickets", the conversation and ratings, per language: merged into `Messages` by messages.ts.

export const en = {};
type Strings = typeof en;

export const sv: Strings = {};
export const nl: Strings = {};
export const da: Strings = {};
