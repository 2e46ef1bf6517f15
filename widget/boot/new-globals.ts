// Evaluated before any other module of the app bundle (widget/app.ts imports it first).
const before = new Set(Object.getOwnPropertyNames(globalThis));

/**
 * Globals that appeared since the app bundle began to evaluate. Called while the bundle is still
 * evaluating, these are the ones its dependencies created (zod keeps its settings on
 * `globalThis.__zod_globalConfig`), which destroy() removes: the widget leaves no global but
 * `SupportWidget`. A name the page already had is never listed.
 *
 * @example const bundleGlobals = newGlobals(); // at the top level of widget/app.ts
 */
export function newGlobals(): string[] {
  return Object.getOwnPropertyNames(globalThis).filter((name) => !before.has(name));
}
