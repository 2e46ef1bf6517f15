import { searchAndOpenArticle } from './support/open-article';
import { expect, test } from './support/fixtures';
import { widgetLocators } from './support/widget-locators';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

test('sends the article vote to the server with the search text, under one visitor id kept from the first vote', async ({ page }) => {
  // Routed (and passed on unchanged) because Chromium reports no body for a fetch() that is not intercepted.
  const votes: { body: Record<string, unknown>; status: number }[] = [];
  await page.route('**/api/articles/votes', async (route) => {
    const response = await route.fetch();
    if (route.request().method() === 'PUT') votes.push({ body: route.request().postDataJSON() as Record<string, unknown>, status: response.status() });
    await route.fulfill({ response });
  });
  await page.goto('/article-vote-server');
  const widget = widgetLocators(page);
  await searchAndOpenArticle(widget, 'password');
  // Nothing is stored before the visitor votes.
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);

  await widget.helpful.getByRole('button', { name: widget.t.yes }).click();
  await expect.poll(() => votes.length).toBe(1);
  const [first] = votes;
  expect(first!.status).toBe(200);
  expect(first!.body).toMatchObject({ locale: 'en', helpful: true, searchText: 'password', slug: expect.stringMatching(/^[a-z0-9-]+$/), visitorId: expect.stringMatching(UUID) });
  expect(await page.evaluate(() => localStorage.getItem('support-widget:visitor'))).toBe(first!.body.visitorId);

  // Changing the answer sends it again, as the same visitor.
  await widget.host.getByRole('button', { name: widget.t.changeVote }).click();
  await widget.helpful.getByRole('button', { name: widget.t.no }).click();
  await expect.poll(() => votes.length).toBe(2);
  expect(votes[1]!.body).toMatchObject({ slug: first!.body.slug, visitorId: first!.body.visitorId, helpful: false });
});

test('keeps a vote the server did not get and sends it on the next page', async ({ page, consoleLog }) => {
  consoleLog.allow(/ERR_INTERNET_DISCONNECTED .*\/api\/articles\/votes/, 'the test cuts the network for the vote; Chromium logs each refused request');
  let reachable = false;
  const sent: unknown[] = [];
  await page.route('**/api/articles/votes', async (route) => {
    if (!reachable) return route.abort('internetdisconnected');
    sent.push(route.request().postDataJSON());
    await route.continue();
  });
  await page.goto('/article-vote-server');
  const widget = widgetLocators(page);
  await searchAndOpenArticle(widget, 'password');
  await widget.helpful.getByRole('button', { name: widget.t.yes }).click();
  await expect(widget.host.getByText(widget.t.helpfulThanks)).toBeVisible();
  await expect.poll(() => page.evaluate(() => localStorage.getItem('support-widget:vote-outbox'))).toContain('"helpful":true');

  reachable = true;
  await page.reload();
  await widget.launcher.click();
  await expect.poll(() => sent).toEqual([expect.objectContaining({ helpful: true, searchText: 'password' })]);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('support-widget:vote-outbox'))).toBeNull();
});
