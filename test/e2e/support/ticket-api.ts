import { randomUUID } from 'node:crypto';
import { expect, type APIRequestContext, type Page, type Route } from '@playwright/test';
import type { QueueItem, StaffMessage, StaffTicket } from '../../../server/contract/staff';
import type { TicketCreated, TicketView } from '../../../server/contract/tickets';
import { HOST_ORIGIN, STAFF_TOKEN, WIDGET_SERVER } from './server-settings';

export interface CreatedTicket {
  reference: string;
  token: string;
}

/**
 * Opens a ticket through the public API, as the widget on the site at `origin` would.
 *
 * @example const ticket = await createTicket(request, { subject: 'Mail bounces' });
 */
export async function createTicket(request: APIRequestContext, fields: { subject?: string; message?: string } = {}, origin = HOST_ORIGIN): Promise<CreatedTicket> {
  const response = await request.post(`${WIDGET_SERVER}/api/tickets`, {
    headers: { Origin: origin, 'Idempotency-Key': randomUUID() },
    data: {
      name: 'Ada Lovelace',
      // One address per ticket: tickets are limited per e-mail address (5 an hour by default).
      email: `ada+${randomUUID().slice(0, 8)}@example.com`,
      subject: fields.subject ?? 'My e-mail bounces',
      message: fields.message ?? 'Every message I send comes back.',
      category: 'email',
      locale: 'en',
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  const { reference, token } = (await response.json()) as TicketCreated;
  return { reference, token };
}

/** Staff reply through the staff API (the ticket then waits on the customer, or is solved). */
export async function staffReply(request: APIRequestContext, reference: string, body: string, status: 'waiting' | 'solved' = 'waiting'): Promise<StaffMessage> {
  const response = await request.post(`${WIDGET_SERVER}/api/staff/tickets/${reference}/replies`, { headers: { Authorization: `Bearer ${STAFF_TOKEN}` }, data: { body, status } });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as StaffMessage;
}

/** The ticket as staff see it. */
export async function staffTicket(request: APIRequestContext, reference: string): Promise<StaffTicket> {
  const response = await request.get(`${WIDGET_SERVER}/api/staff/tickets/${reference}`, { headers: { Authorization: `Bearer ${STAFF_TOKEN}` } });
  expect(response.status()).toBe(200);
  return (await response.json()) as StaffTicket;
}

/** The ticket as its visitor sees it (`GET /api/tickets/{ref}` with the token). */
export async function visitorTicket(request: APIRequestContext, { reference, token }: CreatedTicket, origin = HOST_ORIGIN): Promise<TicketView> {
  const response = await request.get(`${WIDGET_SERVER}/api/tickets/${reference}`, { headers: { Authorization: `Bearer ${token}`, Origin: origin } });
  expect(response.status()).toBe(200);
  return (await response.json()) as TicketView;
}

/** The link the server mails: the page with `#support-ticket=REF.TOKEN`. */
export const ticketLinkTo = (path: string, { reference, token }: CreatedTicket) => `${path}#support-ticket=${reference}.${token}`;

/**
 * Puts tickets in the page's localStorage before any script runs, as an earlier visit would have
 * left them (what models/ticket-store.ts writes).
 *
 * @example await rememberTickets(page, [ticket]);
 */
export async function rememberTickets(page: Page, tickets: CreatedTicket[]): Promise<void> {
  await page.addInitScript((saved) => {
    if (!localStorage.getItem('support-widget:tickets')) localStorage.setItem('support-widget:tickets', saved);
  }, JSON.stringify(tickets));
}

/** The tickets in the staff queue with this subject (specs give each ticket a unique one). */
export async function queuedWithSubject(request: APIRequestContext, subject: string): Promise<QueueItem[]> {
  const response = await request.get(`${WIDGET_SERVER}/api/staff/queue?limit=500`, { headers: { Authorization: `Bearer ${STAFF_TOKEN}` } });
  expect(response.status(), await response.text()).toBe(200);
  const { items } = (await response.json()) as { items: QueueItem[] };
  return items.filter((item) => item.subject === subject);
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
