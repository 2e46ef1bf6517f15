import fc from 'fast-check';
import { expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import type { Database } from '../../../../server/store/schema';
import { describeEachStore } from '../support/each-store';
import { CONTACT_CENTRE_TOKEN, testSettings } from '../support/test-app';
import { bearer, openTicket, staffReply, ticketApp } from '../tickets/ticket-fixtures';

const STORED = ['tickets', 'messages', 'ticket_tokens', 'idempotency_keys', 'reply_ratings', 'csat', 'article_votes', 'queue_times'] as const;

async function counts(db: Kysely<Database>) {
  const all = await Promise.all(STORED.map((table) => db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()));
  return Object.fromEntries(STORED.map((table, i) => [table, Number(all[i]!.n)]));
}

/** Almost-right bodies: a valid one with one field replaced by anything, or one field too many. */
const mutate = (valid: Record<string, unknown>) =>
  fc.oneof(
    fc.tuple(fc.constantFrom(...Object.keys(valid)), fc.jsonValue()).map(([key, value]) => ({ ...valid, [key]: value })),
    fc.tuple(fc.string({ minLength: 1 }).filter((key) => !(key in valid)), fc.jsonValue()).map(([key, value]) => ({ ...valid, [key]: value })),
    fc.constantFrom(...Object.keys(valid)).map((key) => Object.fromEntries(Object.entries(valid).filter(([name]) => name !== key))),
  );

/** What is sent: any JSON value, an almost-right body, or text that is not JSON at all. */
const bodies = (valid: Record<string, unknown>) =>
  fc.oneof(
    fc.jsonValue().map((value) => ({ raw: JSON.stringify(value) })),
    mutate(valid).map((value) => ({ raw: JSON.stringify(value) })),
    fc.string().map((text) => ({ raw: `{${text}` })),
  );

describeEachStore('public endpoints under malformed bodies', (connection) => {
  it('answer every malformed body with a 4xx problem and store nothing', async () => {
    const app = ticketApp(connection(), { channels: [{ id: 'chat', kind: 'chat', label: 'Chat' }] });
    const { request } = app;
    const { db } = connection();
    const ticket = await openTicket(request);
    const replyId = await staffReply(db, ticket.reference, 'Try port 993.', '2026-11-23T10:05:00.000Z');
    const solved = await openTicket(request);
    await request(`/api/tickets/${solved.reference}/solve`, { method: 'POST', headers: bearer(solved.token) });

    const validTicket = { name: 'A', email: 'a@example.com', subject: 'S', message: 'M', category: 'email', locale: 'en' };
    const endpoints = [
      { method: 'POST', path: '/api/tickets', valid: validTicket, headers: { 'Idempotency-Key': 'fuzz' } },
      { method: 'POST', path: '/api/tickets/resend-links', valid: { email: 'a@example.com' } },
      { method: 'POST', path: `/api/tickets/${ticket.reference}/messages`, valid: { message: 'hello' }, headers: bearer(ticket.token) },
      { method: 'POST', path: `/api/tickets/${solved.reference}/reopen`, valid: { message: 'again' }, headers: bearer(solved.token) },
      { method: 'PUT', path: `/api/tickets/${ticket.reference}/messages/${replyId}/rating`, valid: { value: 1 }, headers: bearer(ticket.token) },
      { method: 'PUT', path: `/api/tickets/${solved.reference}/csat`, valid: { score: 5, comment: 'ok' }, headers: bearer(solved.token) },
      { method: 'PUT', path: '/api/articles/votes', valid: { locale: 'en', slug: 'pay-invoice', visitorId: '8c5b2d55-3c1e-4d3e-9a7f-0a1b2c3d4e5f', helpful: true } },
      { method: 'PUT', path: '/api/channels/chat/queue-time', valid: { waitSeconds: 60 }, headers: bearer(CONTACT_CENTRE_TOKEN) },
    ];
    for (const endpoint of endpoints) {
      const before = await counts(db);
      let accepted = 0;
      await fc.assert(
        fc.asyncProperty(bodies(endpoint.valid), async ({ raw }) => {
          // A mutation can land on a valid body by chance (an empty comment, say); that is not malformed.
          const response = await request(endpoint.path, {
            method: endpoint.method,
            body: raw,
            headers: { 'Content-Type': 'application/json', ...endpoint.headers, ...(endpoint.path === '/api/tickets' ? { 'Idempotency-Key': `fuzz-${Math.random()}` } : {}) },
          });
          if (response.status < 300) {
            accepted++;
            return;
          }
          expect(response.status, `${endpoint.method} ${endpoint.path} ${raw}`).toBeGreaterThanOrEqual(400);
          expect(response.status, `${endpoint.method} ${endpoint.path} ${raw}`).toBeLessThan(500);
          expect(response.headers.get('Content-Type')).toBe('application/problem+json');
          const problem = (await response.json()) as { status: number; title: string };
          expect(problem.status).toBe(response.status);
        }),
        { numRuns: 300 },
      );
      // Bodies that happen to be valid (a mutation that changed nothing that matters) may store;
      // an endpoint that refused all it got must have stored nothing at all.
      if (accepted === 0) expect(await counts(db), `${endpoint.method} ${endpoint.path} stored something`).toEqual(before);
      else expect(accepted, `${endpoint.method} ${endpoint.path}: most bodies must be refused`).toBeLessThan(100);
    }
  }, 120_000);
});
