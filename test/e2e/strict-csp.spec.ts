import { widgetLocators } from './support/widget-locators';
import { expect, test } from './support/fixtures';
import { searchAndOpenArticle } from './support/open-article';

declare global {
  interface Window {
    cspViolations: string[];
  }
}

test.beforeEach(async ({ page }) => {
  // Before any page script: a violation from the very first line must be caught too.
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (event) => window.cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`),
      true,
    );
  });
});

test('searches and opens an article under script-src and style-src \'self\' without a violation', async ({ page, consoleLog }) => {
  const widget = widgetLocators(page);
  const response = await page.goto('/strict-csp');
  expect(response?.headers()['content-security-policy']).toBe("script-src 'self'; style-src 'self'");

  await searchAndOpenArticle(widget, 'ssl');
  await widget.helpful.getByRole('button', { name: widget.t.yes }).click();
  await expect(widget.host.getByText(widget.t.helpfulThanks)).toBeVisible();
  await widget.back.click();
  await expect(widget.search).toHaveValue('ssl');

  // The panel is styled (its stylesheet was not blocked): the header has the brand colour.
  await expect(widget.host.locator('.header')).toHaveCSS('background-color', 'rgb(36, 84, 214)');
  expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
  const cspMessages = (['error', 'warning', 'info'] as const).flatMap((type) => consoleLog.messages(type));
  expect(cspMessages.filter((text) => /content security policy/i.test(text))).toEqual([]);
});

test('notices a violation when one happens', async ({ page, consoleLog }) => {
  // Guards the test above: what the policy blocks must reach both the recorder and the console.
  consoleLog.allow(/Content Security Policy/, 'this test breaks the policy on purpose');
  await page.goto('/strict-csp');
  await page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = 'body { color: red }';
    document.head.appendChild(style);
  });
  await expect.poll(() => page.evaluate(() => window.cspViolations.length)).toBe(1);
  expect(consoleLog.messages('error')).toEqual([expect.stringMatching(/Content Security Policy directive 'style-src 'self''/)]);
});
