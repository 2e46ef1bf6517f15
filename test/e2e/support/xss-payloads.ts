import type { Page } from '@playwright/test';

/**
 * Markup and script a visitor or staff member might type, each of which sets `window.__xss` (or
 * opens a dialog) if the widget ever runs it instead of showing it as text. Short enough for every
 * field (names take 100 characters).
 */
export const XSS_PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=2</script>',
  '"><svg onload=window.__xss=3>',
  "'><iframe srcdoc=\"<script>parent.__xss=4</script>\">",
  '</textarea><img src=x onerror=window.__xss=5>',
  '<a href="javascript:window.__xss=6">link</a>',
  'javascript:window.__xss=7',
  '<style>*{display:none!important}</style>',
  '{{constructor.constructor("window.__xss=8")()}}',
  '&lt;b&gt;not bold&lt;/b&gt; &amp;',
] as const;

/**
 * Fails the test's page if any payload runs: records `window.__xss` writes and dialogs.
 * Returns a function that says what ran (nothing, when all is well).
 *
 * @example const ran = await watchForScript(page); ...; expect(await ran()).toEqual([]);
 */
export async function watchForScript(page: Page): Promise<() => Promise<string[]>> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const ran: unknown[] = [];
    Object.defineProperty(window, '__xss', { configurable: false, get: () => ran, set: (value) => void ran.push(value) });
  });
  return async () => [...dialogs, ...(await page.evaluate(() => ((window as unknown as { __xss: unknown[] }).__xss ?? []).map((value) => `window.__xss = ${String(value)}`)))];
}
