import { randomUUID } from 'node:crypto';
import { expect, type APIRequestContext, type Page, type Route } from '@playwright/test';
import type { QueueItem, StaffTicket } from '../../../server/contract/staff';
import type { TicketCreated, TicketView } from '../../../server/contract/tickets';
import { STAFF_TOKEN, WIDGET_SERVER } from './server-settings';

/** The host pages' origin: the first site of server-settings.json. */
const SITE_ORIGIN = 'http://127.0.0.1:4318';

/** The tickets in the staff queue with this subject (specs give each ticket a unique one). */
export async function queuedWithSubject(request: APIRequestContext, subject: string): Promise<QueueItem[]> {
  const response = await request.get(`${WIDGET_SERVER}/api/staff/queue?limit=500`, { headers: { Authorization: `Bearer ${STAFF_TOKEN}` } });
  expect(response.status(), await response.text()).toBe(200);
  const { items } = (await response.json()) as { items: QueueItem[] };
  return items.filter((item) => item.subject === subject);
}

/** `GET /api/tickets/{ref}` as the visitor holding the token. */
export async function visitorTicket(request: APIRequestContext, access: { reference: string; token: string }): Promise<TicketView> {
  const response = await request.get(`${WIDGET_SERVER}/api/tickets/${access.reference}`, { headers: { Authorization: `Bearer ${access.token}`, Origin: SITE_ORIGIN } });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as TicketView;
}

/** Opens a ticket through the API, as the widget on another visit would have. */
export async function openTicketThroughApi(request: APIRequestContext, subject: string): Promise<TicketCreated> {
  const response = await request.post(`${WIDGET_SERVER}/api/tickets`, {
    headers: { 'Idempotency-Key': randomUUID(), Origin: SITE_ORIGIN },
    data: { name: 'Ada Lovelace', email: `ada.${randomUUID().slice(0, 8)}@example.com`, subject, message: 'My mail bounces.', category: 'email', locale: 'en' },
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as TicketCreated;
}

/** The tickets this browser remembers (the widget's ticket store in the host page's localStorage). */
export async function storedTickets(page: Page): Promise<{ reference: string; token: string }[]> {
  return page.evaluate(() => JSON.parse(localStorage.getItem('support-widget:tickets') ?? '[]') as { reference: string; token: string }[]);
}

/**
 * Routes the widget's `POST /api/tickets` tries through `handle` (the nth try, from 1) and keeps
 * each try's Idempotency-Key in the returned list. Preflights and other calls pass untouched.
 *
 * @example const keys = await interceptTicketPosts(page, (route, n) => (n === 1 ? route.abort('failed') : route.continue()));
 */
export async function interceptTicketPosts(page: Page, handle: (route: Route, attempt: number) => Promise<void>): Promise<string[]> {
  const keys: string[] = [];
  await page.route(`${WIDGET_SERVER}/api/tickets`, async (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    keys.push((await route.request().allHeaders())['idempotency-key'] ?? '');
    return handle(route, keys.length);
  });
  return keys;
}

/** A try whose request reaches the server (which opens the ticket) but whose answer is lost. */
export async function loseTheAnswer(route: Route): Promise<void> {
  await route.fetch();
  await route.abort('failed');
}

/** `GET /api/staff/tickets/{ref}`: the ticket as staff see it, with what the widget sent beside the form. */
export async function staffTicket(request: APIRequestContext, reference: string): Promise<StaffTicket> {
  const response = await request.get(`${WIDGET_SERVER}/api/staff/tickets/${reference}`, { headers: { Authorization: `Bearer ${STAFF_TOKEN}` } });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as StaffTicket;
}
