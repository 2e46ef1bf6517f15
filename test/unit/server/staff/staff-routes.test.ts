import { expect, it } from 'vitest';
import { describeEachStore } from '../support/each-store';
import { STAFF_TOKEN } from '../support/test-app';
import { ASHLEY_TOKEN, staffTestApp } from './staff-fixtures';

const ROUTES: [string, string, unknown?][] = [
  ['GET', '/queue'],
  ['GET', '/tickets/K7F-93QD'],
  ['PATCH', '/tickets/K7F-93QD', { status: 'solved' }],
  ['POST', '/tickets/K7F-93QD/replies', { body: 'Hello' }],
  ['POST', '/tickets/K7F-93QD/notes', { body: 'Hello' }],
  ['GET', '/saved-replies'],
  ['POST', '/saved-replies', { title: 'Hi', body: 'Hello' }],
  ['PUT', '/saved-replies/some-id', { title: 'Hi', body: 'Hello' }],
  ['DELETE', '/saved-replies/some-id'],
];

describeEachStore('staff API', (connection) => {
  it.each(ROUTES)('refuses %s %s without a staff token, as a problem with WWW-Authenticate', async (method, path, json) => {
    const { request } = staffTestApp(connection());
    for (const headers of [{} as Record<string, string>, { Authorization: 'Bearer wrong-token-0123456789abcdef0123456789' }, { Authorization: `Basic ${STAFF_TOKEN}` }, { Authorization: `Bearer ${STAFF_TOKEN}x` }]) {
      const response = await request(`/api/staff${path}`, { method, json, headers });
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect(response.headers.get('www-authenticate')).toBe('Bearer');
      expect(await response.json()).toMatchObject({ status: 401, errors: [{ field: 'Authorization' }] });
    }
  });

  it('writes nothing for a request without a staff token', async () => {
    const { request, staff, openTicket } = staffTestApp(connection());
    const ticket = await openTicket();
    await request(`/api/staff/tickets/${ticket.reference}/replies`, { method: 'POST', json: { body: 'Sneaky', status: 'solved' } });
    const view = await (await staff(`/tickets/${ticket.reference}`)).json();
    expect(view).toMatchObject({ status: 'open', customerMessagesSinceReply: 1 });
    expect(view.messages).toHaveLength(1);
  });

  it('knows each staff member by their own token', async () => {
    const { staff, openTicket } = staffTestApp(connection());
    const ticket = await openTicket();
    const response = await staff(`/tickets/${ticket.reference}/notes`, { method: 'POST', json: { body: 'Mine' } }, ASHLEY_TOKEN);
    expect(await response.json()).toMatchObject({ staffId: 'ashley', authorName: 'Ashley' });
  });

  it.each(ROUTES.filter(([, path]) => path.startsWith('/tickets')))('answers %s %s for an unknown ticket with a 404 problem', async (method, path, json) => {
    const { staff } = staffTestApp(connection());
    for (const reference of ['K7F-93QD', 'not-a-reference']) {
      const response = await staff(path.replace('K7F-93QD', reference), { method, json });
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect(await response.json()).toMatchObject({ status: 404, type: '/api/problems#ticket-not-found' });
    }
  });

  it('finds a ticket by its reference typed in lower case', async () => {
    const { staff, openTicket } = staffTestApp(connection());
    const ticket = await openTicket();
    const response = await staff(`/tickets/${ticket.reference.toLowerCase()}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ reference: ticket.reference });
  });

  it('never logs a reply, a note, a saved reply or a token', async () => {
    const { staff, openTicket, logLines } = staffTestApp(connection());
    const ticket = await openTicket();
    await staff(`/tickets/${ticket.reference}/notes`, { method: 'POST', json: { body: 'note-secret-7731' } });
    await staff(`/tickets/${ticket.reference}/replies`, { method: 'POST', json: { body: 'reply-secret-7731' } });
    await staff('/saved-replies', { method: 'POST', json: { title: 'title-secret-7731', body: 'saved-secret-7731' } });
    await staff(`/tickets/${ticket.reference}/replies`, { method: 'POST', json: { body: 'x', unknownField: 'field-secret-7731' } });
    expect(logLines.length).toBeGreaterThan(0);
    const log = logLines.join('\n');
    for (const secret of ['note-secret', 'reply-secret', 'title-secret', 'saved-secret', 'field-secret', STAFF_TOKEN, ticket.token]) expect(log).not.toContain(secret);
  });
});
