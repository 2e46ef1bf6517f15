import { createHmac, randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { describeEachStore } from '../support/each-store';
import { IDENTITY_SECRET } from '../support/test-app';
import { ASHLEY_TOKEN, staffTestApp } from './staff-fixtures';

describeEachStore('GET /api/staff/tickets/:ref', (connection) => {
  it('shows every field of the ticket as the visitor sent it', async () => {
    const { openTicket, staff, clock } = staffTestApp(connection());
    const email = `Olga-${randomUUID().slice(0, 6)}@Example.com`;
    const signature = createHmac('sha256', IDENTITY_SECRET).update(`${email.toLowerCase()}\nvip`).digest('hex');
    const ticket = await openTicket({
      name: 'Olga Owner',
      email,
      subject: 'Site shows <script> errors',
      message: 'Since the update I see <b>500</b> & "timeouts".',
      category: 'website',
      urgent: 'site-down',
      locale: 'de',
      pageUrl: 'https://www.kestrel.test/help/500',
      viewedArticles: ['de/fehler-500'],
      searchText: 'fehler 500',
      identity: { email, plan: 'vip', signature },
    });
    const at = clock.now().toISOString();
    const response = await staff(`/tickets/${ticket.reference}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      reference: ticket.reference,
      siteId: 'kestrel',
      status: 'open',
      subject: 'Site shows <script> errors',
      category: 'website',
      urgentReason: 'site-down',
      name: 'Olga Owner',
      email,
      locale: 'de',
      pageUrl: 'https://www.kestrel.test/help/500',
      viewedArticles: ['de/fehler-500'],
      searchText: 'fehler 500',
      plan: 'vip',
      identityVerified: true,
      solvedBy: null,
      createdAt: at,
      updatedAt: at,
      solvedAt: null,
      firstReplyAt: null,
      lastCustomerAt: at,
      lastStaffAt: null,
      waitingSince: at,
      customerMessagesSinceReply: 1,
      escalated: false,
      messages: [{ id: expect.any(String), seq: 1, author: 'visitor', staffId: null, authorName: 'Olga Owner', body: 'Since the update I see <b>500</b> & "timeouts".', internal: false, createdAt: at, rating: null }],
      csat: null,
    });
  });

  it('lists replies and notes in order with who wrote them, the rating of each reply and the CSAT', async () => {
    const { openTicket, staff, reply, clock } = staffTestApp(connection());
    const { db } = connection();
    const ticket = await openTicket();
    const first = await reply(ticket.reference, { body: 'Try now.' });
    await staff(`/tickets/${ticket.reference}/notes`, { method: 'POST', json: { body: 'Was DNS.' } }, ASHLEY_TOKEN);
    const second = await (await staff(`/tickets/${ticket.reference}/replies`, { method: 'POST', json: { body: 'Fixed for good.', status: 'solved' } }, ASHLEY_TOKEN)).json();
    // Ratings are written by the ratings part of the API; here straight into the store.
    const { id: ticketId } = await db.selectFrom('tickets').select('id').where('reference', '=', ticket.reference).executeTakeFirstOrThrow();
    const at = clock.now().toISOString();
    await db.insertInto('reply_ratings').values({ message_id: second.id, ticket_id: ticketId, staff_id: 'ashley', style: 'stars', value: 5, created_at: at, updated_at: at }).execute();
    await db.insertInto('csat').values({ ticket_id: ticketId, site_id: 'kestrel', score: 4, comment: 'Quick, thanks', created_at: at, updated_at: at }).execute();

    const view = await (await staff(`/tickets/${ticket.reference}`)).json();
    expect(view.messages.map((m: Record<string, unknown>) => [m.seq, m.author, m.authorName, m.internal, m.body, m.rating])).toEqual([
      [1, 'visitor', 'Ida Visitor', false, 'Nothing arrives since 07:00.', null],
      [2, 'staff', 'Anna', false, 'Try now.', null],
      [3, 'staff', 'Ashley', true, 'Was DNS.', null],
      [4, 'staff', 'Ashley', false, 'Fixed for good.', { style: 'stars', value: 5 }],
    ]);
    expect(view.messages[1].id).toBe(first.id);
    expect(view).toMatchObject({ status: 'solved', solvedBy: 'staff', csat: { score: 4, comment: 'Quick, thanks', createdAt: at, updatedAt: at } });
  });

  it('names a staff member no longer in the settings by their id', async () => {
    const { openTicket, staff } = staffTestApp(connection());
    const { db } = connection();
    const ticket = await openTicket();
    const reply = await (await staff(`/tickets/${ticket.reference}/replies`, { method: 'POST', json: { body: 'Hi' } })).json();
    await db.updateTable('messages').set({ staff_id: 'bert' }).where('id', '=', reply.id).execute();
    const view = await (await staff(`/tickets/${ticket.reference}`)).json();
    expect(view.messages[1]).toMatchObject({ staffId: 'bert', authorName: 'bert' });
  });
});
