import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { expect, it } from 'vitest';
import { createApp } from '../../../../server/app';
import { createLogger } from '../../../../server/log/create-logger';
import { describeEachStore } from '../support/each-store';
import { fakeClock, SITE_ORIGIN, testSettings } from '../support/test-app';
import { bearer, openTicket, ticketApp } from './ticket-fixtures';

const OTHER_ORIGIN = 'https://shop.other.test';
const TWO_SITES = {
  sites: [
    { id: 'kestrel', name: 'Kestrel', origins: [SITE_ORIGIN] },
    { id: 'other', name: 'Other Shop', origins: [OTHER_ORIGIN] },
  ],
};
const LINK = /(https?:\/\/\S+)#support-ticket=([2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{4})\.([A-Za-z0-9_-]{43})/g;

const links = (text: string) => [...text.matchAll(LINK)].map(([, page, reference, token]) => ({ page, reference: reference!, token: token! }));

async function observed(response: Response) {
  return { status: response.status, headers: [...response.headers.entries()].sort(), body: await response.text() };
}

describeEachStore('POST /api/tickets/resend-links', (connection) => {
  it('answers a known and an unknown address the same, and mails only the known one', async () => {
    const { request, mails } = ticketApp(connection());
    const ticket = await openTicket(request);
    const known = await observed(await request('/api/tickets/resend-links', { method: 'POST', json: { email: ticket.body.email } }));
    const unknown = await observed(await request('/api/tickets/resend-links', { method: 'POST', json: { email: `nobody-${randomUUID().slice(0, 8)}@example.com` } }));
    expect(known.status).toBe(202);
    expect(unknown).toEqual(known);
    expect(mails.map((mail) => mail.to)).toEqual([ticket.body.email]);
  });

  it('mails one message with a working link to each ticket of the address, on the page it was sent from', async () => {
    const { request, mails, clock } = ticketApp(connection());
    const email = `Multi-${randomUUID().slice(0, 8)}@Example.com`;
    const first = await openTicket(request, { email, subject: 'First', pageUrl: 'https://www.kestrel.test/help/mail?from=nav#faq' });
    clock.advance(60_000);
    const second = await openTicket(request, { email, subject: 'Second' });
    const response = await request('/api/tickets/resend-links', { method: 'POST', json: { email: email.toLowerCase() } });
    expect(response.status).toBe(202);
    expect(mails).toHaveLength(1);
    const mail = mails[0]!;
    expect(mail.to).toBe(email);
    const found = links(mail.text);
    expect(found.map((link) => [link.reference, link.page])).toEqual([
      [second.reference, 'https://www.kestrel.test/'],
      [first.reference, 'https://www.kestrel.test/help/mail?from=nav'],
    ]);
    for (const link of found) {
      expect(link.token).not.toBe(first.token);
      const view = await request(`/api/tickets/${link.reference}`, { headers: bearer(link.token) });
      expect(view.status).toBe(200);
    }
    // The links sent before keep working.
    expect((await request(`/api/tickets/${first.reference}`, { headers: bearer(first.token) })).status).toBe(200);
  });

  it("leaves out the address's tickets on other sites", async () => {
    const { request, mails } = ticketApp(connection(), TWO_SITES);
    const email = `two-sites-${randomUUID().slice(0, 8)}@example.com`;
    const here = await openTicket(request, { email });
    const fromOther = (path: string, init: RequestInit & { json?: unknown } = {}) => request(path, { ...init, headers: { ...Object.fromEntries(new Headers(init.headers)), Origin: OTHER_ORIGIN } });
    const there = await openTicket(fromOther, { email });
    await request('/api/tickets/resend-links', { method: 'POST', json: { email } });
    expect(links(mails[0]!.text).map((link) => link.reference)).toEqual([here.reference]);
    await fromOther('/api/tickets/resend-links', { method: 'POST', json: { email } });
    const otherLinks = links(mails[1]!.text);
    expect(otherLinks.map((link) => [link.reference, link.page])).toEqual([[there.reference, `${OTHER_ORIGIN}/`]]);
  });

  it('lists only the 20 newest tickets', async () => {
    const { request, mails, clock } = ticketApp(connection());
    const email = `many-${randomUUID().slice(0, 8)}@example.com`;
    const references = [];
    for (let i = 0; i < 21; i++) {
      references.push((await openTicket(request, { email })).reference);
      clock.advance(1000);
    }
    await request('/api/tickets/resend-links', { method: 'POST', json: { email } });
    expect(links(mails[0]!.text).map((link) => link.reference)).toEqual(references.slice(1).reverse());
  });

  it('refuses a body that is not just an e-mail address, naming the field', async () => {
    const { request, mails } = ticketApp(connection());
    const response = await request('/api/tickets/resend-links', { method: 'POST', json: { email: 'x@example.com', reference: 'ABC-DEFG' } });
    expect(response.status).toBe(422);
    expect((await response.json()).errors).toEqual([expect.objectContaining({ field: 'reference' })]);
    expect(mails).toEqual([]);
  });

  it('answers the same when the mail cannot be sent, and logs neither address nor token', async () => {
    const { request } = ticketApp(connection());
    const ticket = await openTicket(request);
    const logLines: string[] = [];
    const logger = createLogger('info', new Writable({ write: (chunk, _encoding, done) => void (logLines.push(String(chunk)), done()) }));
    const failing = createApp({
      config: { WIDGET_DIR: 'dist/widget', ARTICLES_DIR: 'dist/articles' },
      api: {
        db: connection().db,
        dbKind: connection().kind,
        settings: testSettings({ limits: { perIp: { max: 1000 }, perEmail: { max: 1000 } } }),
        clock: fakeClock(),
        logger,
        mailer: { send: async () => Promise.reject(new Error(`mailbox ${ticket.body.email} is full`)) },
        trustedProxies: [],
        publicUrl: 'https://help.kestrel.test',
      },
    });
    const send = (email: string) =>
      failing.request('/api/tickets/resend-links', { method: 'POST', body: JSON.stringify({ email }), headers: { Origin: SITE_ORIGIN, 'Content-Type': 'application/json' } });
    const known = await observed(await send(ticket.body.email));
    const unknown = await observed(await send(`nobody-${randomUUID().slice(0, 8)}@example.com`));
    expect(known.status).toBe(202);
    expect(unknown).toEqual(known);
    expect(logLines.some((line) => line.includes('could not be mailed'))).toBe(true);
    expect(logLines.join('')).not.toContain(ticket.body.email);
  });
});
