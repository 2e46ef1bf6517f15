import { test as base, expect } from '@playwright/test';

/**
 * Console errors that are not the widget's fault and may pass, each with the reason. Anything
 * else a page logs with console.error, and any uncaught error, fails the test.
 */
const ALLOWED_ERRORS: { pattern: RegExp; why: string }[] = [];

type ConsoleType = 'error' | 'warning' | 'info' | 'log' | 'debug';

export interface ConsoleLog {
  /** The texts of the console messages of `type` logged so far by any page of this test. */
  messages(type: ConsoleType): string[];
  /** Lets console errors matching `pattern` pass in this test only; `why` says why they are expected. */
  allow(pattern: RegExp, why: string): void;
}

/**
 * Playwright's `test`, guarded: a test whose pages log console.error or throw an uncaught error
 * fails, listing what was logged. `consoleLog` lets a test assert on warnings too.
 *
 * @example
 *   import { expect, test } from './support/fixtures';
 *   test('warns once', async ({ page, consoleLog }) => {
 *     await page.goto('/bad-config');
 *     expect(consoleLog.messages('warning')).toHaveLength(1);
 *   });
 */
export const test = base.extend<{ consoleLog: ConsoleLog }>({
  consoleLog: [
    async ({ context }, use) => {
      const logged: { type: string; text: string }[] = [];
      const allowed = [...ALLOWED_ERRORS];
      const uncaught: string[] = [];
      context.on('console', (message) => {
        const { url, lineNumber } = message.location();
        logged.push({ type: message.type(), text: url ? `${message.text()} (${url}:${lineNumber})` : message.text() });
      });
      context.on('weberror', (webError) => uncaught.push(`uncaught ${String(webError.error())}`));
      await use({
        messages: (type) => logged.filter((message) => message.type === type).map((message) => message.text),
        allow: (pattern, why) => allowed.push({ pattern, why }),
      });
      const errors = logged
        .filter((message) => message.type === 'error' && !allowed.some(({ pattern }) => pattern.test(message.text)))
        .map((message) => `console.error: ${message.text}`);
      expect([...uncaught, ...errors], 'the page logged errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
