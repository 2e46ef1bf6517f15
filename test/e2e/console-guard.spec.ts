import { expect, test } from './support/fixtures';

// The shared fixture fails every test whose page logs console.error or throws; these check that it
// does. Each marks itself as expected to fail only once the error is logged, so a test that fails
// for another reason (the page did not load, say) is still reported.
test.describe('the console guard', () => {
  test('fails a test whose page logs console.error', async ({ page, consoleLog }) => {
    await page.goto('/console-guard');
    await page.getByRole('button', { name: 'Log an error' }).click();
    await expect.poll(() => consoleLog.messages('error')).toEqual([expect.stringContaining('something broke')]);
    test.fail();
  });

  test('fails a test whose page throws an uncaught error', async ({ page }) => {
    const uncaught = page.waitForEvent('pageerror');
    await page.goto('/console-guard');
    await page.getByRole('button', { name: 'Throw' }).click();
    expect((await uncaught).message).toBe('uncaught on purpose');
    test.fail();
  });

  test('lets an error pass that the test allows, with its reason', async ({ page, consoleLog }) => {
    consoleLog.allow(/something broke/, 'this test logs it on purpose');
    await page.goto('/console-guard');
    await page.getByRole('button', { name: 'Log an error' }).click();
    await expect.poll(() => consoleLog.messages('error')).toEqual([expect.stringContaining('something broke')]);
  });
});
