import { createHmac, randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { describeEachStore } from '../support/each-store';
import { IDENTITY_SECRET } from '../support/test-app';
import { bearer, submitTicket, ticketApp, ticketBody, ticketRow } from './ticket-fixtures';

const sign = (email: string, plan: string, secret = IDENTITY_SECRET) => createHmac('sha256', secret).update(`${email.toLowerCase()}\n${plan}`).digest('hex');

describeEachStore('POST /api/tickets', (connection) => {
  const ticketsFor = (email: string) => connection().db.selectFrom('tickets').selectAll().where('email_key', '=', email.toLowerCase()).execute();

  it('creates a ticket that its token then looks up', async () => {
    const { request, clock } = ticketApp(connection());
    const body = ticketBody({ urgent: 'email-down', pageUrl: 'https://www.kestrel.test/help/mail', viewedArticles: ['en/mail-setup'], searchText: 'no mail' });
    const response = await submitTicket(request, body);
    expect(response.status).toBe(201);
    const created = await response.json();
    expect(created).toEqual({ reference: expect.stringMatching(/^[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{4}$/), token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/), status: 'open', createdAt: clock.now().toISOString(), expectedReplyAt: null });

    const view = await request(`/api/tickets/${created.reference}`, { headers: bearer(created.token) });
    expect(view.status).toBe(200);
    expect(await view.json()).toMatchObject({
      reference: created.reference,
      status: 'open',
      subject: body.subject,
      category: 'email',
      createdAt: created.createdAt,
      ratingStyle: 'hearts',
      csat: null,
      messages: [{ author: 'visitor', authorName: body.name, body: body.message, createdAt: created.createdAt, rating: null }],
    });
  });

  it('stores the ticket, its first message and only a hash of the token', async () => {
    const { request, clock } = ticketApp(connection());
    const body = ticketBody({ email: `Mixed.Case-${randomUUID().slice(0, 6)}@Example.com`, viewedArticles: ['en/a', 'de/b'] });
    const created = await (await submitTicket(request, body)).json();
    const db = connection().db;
    const ticket = await ticketRow(db, created.reference);
    const at = clock.now().toISOString();
    expect(ticket).toMatchObject({ email: body.email, email_key: body.email.toLowerCase(), viewed_articles: '["en/a","de/b"]', plan: null, identity_verified: 0, status: 'open', unanswered: 1, last_customer_at: at, created_at: at, urgent_reason: null, page_url: null });
    const messages = await db.selectFrom('messages').selectAll().where('ticket_id', '=', ticket.id).execute();
    expect(messages).toMatchObject([{ author: 'visitor', body: body.message, seq: 1, internal: 0 }]);
    const tokens = await db.selectFrom('ticket_tokens').selectAll().where('ticket_id', '=', ticket.id).execute();
    expect(tokens).toHaveLength(1);
    expect(tokens[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(tokens)).not.toContain(created.token);
  });

  it('gives the same ticket to a retry with the same key and body, with a new token that works too', async () => {
    const { request } = ticketApp(connection());
    const body = ticketBody();
    const key = randomUUID();
    const first = await submitTicket(request, body, key);
    const again = await submitTicket(request, { ...body }, key);
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    const [a, b] = [await first.json(), await again.json()];
    expect(b.reference).toBe(a.reference);
    expect(b.createdAt).toBe(a.createdAt);
    expect(b.token).not.toBe(a.token);
    for (const token of [a.token, b.token]) expect((await request(`/api/tickets/${a.reference}`, { headers: bearer(token) })).status).toBe(200);
    expect(await ticketsFor(body.email)).toHaveLength(1);
  });

  it('recognises a retry whose fields come in another order', async () => {
    const { request } = ticketApp(connection());
    const body = ticketBody();
    const key = randomUUID();
    const reversed = Object.fromEntries(Object.entries(body).reverse());
    const a = await (await submitTicket(request, body, key)).json();
    const retry = await submitTicket(request, reversed, key);
    expect(retry.status).toBe(200);
    expect((await retry.json()).reference).toBe(a.reference);
  });

  it('makes exactly one ticket of 50 concurrent identical submissions, and every answer carries it', async () => {
    const { request } = ticketApp(connection());
    const body = ticketBody();
    const key = randomUUID();
    const responses = await Promise.all(Array.from({ length: 50 }, () => submitTicket(request, body, key)));
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 200)).toHaveLength(49);
    const answers = await Promise.all(responses.map((response) => response.json()));
    const references = new Set(answers.map((answer) => answer.reference));
    expect(references.size).toBe(1);
    const [reference] = references;

    const tickets = await ticketsFor(body.email);
    expect(tickets).toHaveLength(1);
    expect(tickets[0]!.reference).toBe(reference);
    const db = connection().db;
    expect(await db.selectFrom('messages').select('id').where('ticket_id', '=', tickets[0]!.id).execute()).toHaveLength(1);
    expect(new Set(answers.map((answer) => answer.token)).size).toBe(50);
    const lookups = await Promise.all(answers.map((answer) => request(`/api/tickets/${reference}`, { headers: bearer(answer.token) })));
    expect(lookups.map((lookup) => lookup.status)).toEqual(Array(50).fill(200));
  });

  it('refuses the same key with a different body, naming the header, and keeps the first ticket unchanged', async () => {
    const { request } = ticketApp(connection());
    const body = ticketBody();
    const key = randomUUID();
    const first = await (await submitTicket(request, body, key)).json();
    const response = await submitTicket(request, { ...body, message: 'Something else entirely' }, key);
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const problem = await response.json();
    expect(problem.errors).toEqual([expect.objectContaining({ field: 'Idempotency-Key' })]);
    const tickets = await ticketsFor(body.email);
    expect(tickets.map((ticket) => ticket.reference)).toEqual([first.reference]);
    const messages = await connection().db.selectFrom('messages').select('body').where('ticket_id', '=', tickets[0]!.id).execute();
    expect(messages).toEqual([{ body: body.message }]);
  });

  it.each([
    ['missing', null],
    ['empty', ''],
    ['longer than 200 characters', 'k'.repeat(201)],
    ['holding a control character', 'a\tb'],
  ])('answers 400 naming Idempotency-Key when it is %s, and stores nothing', async (_case, key) => {
    const { request } = ticketApp(connection());
    const body = ticketBody();
    const response = await submitTicket(request, body, key);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect((await response.json()).errors).toEqual([expect.objectContaining({ field: 'Idempotency-Key' })]);
    expect(await ticketsFor(body.email)).toEqual([]);
  });

  it('takes a key of exactly 200 printable characters', async () => {
    const { request } = ticketApp(connection());
    expect((await submitTicket(request, ticketBody(), `${'~ '.repeat(99)}ok`)).status).toBe(201);
  });

  it.each(['status', 'reference', 'plan', 'identity_verified', 'identityVerified', 'id', 'token', 'solvedBy', 'unanswered', 'createdAt', 'siteId'])(
    'refuses a body that sets %s, naming the field, and stores nothing',
    async (field) => {
      const { request } = ticketApp(connection());
      const body = { ...ticketBody(), [field]: field === 'identity_verified' ? 1 : 'solved' };
      const response = await submitTicket(request, body);
      expect(response.status).toBe(422);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect((await response.json()).errors).toEqual([expect.objectContaining({ field })]);
      expect(await ticketsFor(body.email)).toEqual([]);
    },
  );

  it('refuses a filled-in honeypot and stores nothing', async () => {
    const { request } = ticketApp(connection());
    const body = ticketBody({ website: 'http://cheap-pills.example' });
    const response = await submitTicket(request, body);
    expect(response.status).toBe(422);
    expect((await response.json()).errors).toEqual([expect.objectContaining({ field: 'website' })]);
    expect(await ticketsFor(body.email)).toEqual([]);
  });

  it('takes an empty honeypot', async () => {
    const { request } = ticketApp(connection());
    expect((await submitTicket(request, ticketBody({ website: '' }))).status).toBe(201);
  });

  it('returns and stores visitor text exactly as sent, markup and all', async () => {
    const { request } = ticketApp(connection());
    const payload = `<script>alert("x")</script><img src=x onerror='alert(1)'> &amp; & \\ "quoted" \u2028 😀 ünïcødé`;
    const body = ticketBody({ name: `<b>${payload}</b>`, subject: payload, message: `${payload}\nsecond line` });
    const created = await (await submitTicket(request, body)).json();
    const view = await (await request(`/api/tickets/${created.reference}`, { headers: bearer(created.token) })).json();
    expect(view.subject).toBe(body.subject);
    expect(view.messages[0].body).toBe(body.message);
    expect(view.messages[0].authorName).toBe(body.name);
    const stored = await ticketRow(connection().db, created.reference);
    expect([stored.name, stored.subject]).toEqual([body.name, body.subject]);
  });

  it('trusts the plan of a correctly signed identity for the same address', async () => {
    const { request } = ticketApp(connection());
    const body = ticketBody();
    const identity = { email: body.email.toUpperCase(), plan: 'business', signature: sign(body.email, 'business') };
    const response = await submitTicket(request, { ...body, identity });
    expect(response.status).toBe(201);
    const stored = await ticketRow(connection().db, (await response.json()).reference);
    expect(stored).toMatchObject({ plan: 'business', identity_verified: 1 });
  });

  it('treats a badly signed identity as anonymous rather than as an error', async () => {
    const { request } = ticketApp(connection());
    const body = ticketBody();
    const identity = { email: body.email, plan: 'business', signature: sign(body.email, 'business', 'another-secret-0123456789abcdef0123') };
    const response = await submitTicket(request, { ...body, identity });
    expect(response.status).toBe(201);
    expect(await ticketRow(connection().db, (await response.json()).reference)).toMatchObject({ plan: null, identity_verified: 0 });
  });

  it('refuses a verified identity for another address than the ticket, naming identity', async () => {
    const { request } = ticketApp(connection());
    const body = ticketBody();
    const identity = { email: 'someone-else@example.com', plan: 'business', signature: sign('someone-else@example.com', 'business') };
    const response = await submitTicket(request, { ...body, identity });
    expect(response.status).toBe(422);
    expect((await response.json()).errors).toEqual([expect.objectContaining({ field: 'identity' })]);
    expect(await ticketsFor(body.email)).toEqual([]);
  });

  it('logs the reference, site, category and urgency but never the token, name, address or text', async () => {
    const { request, logLines } = ticketApp(connection());
    const body = ticketBody({ urgent: 'security', message: 'Secret-message-body-4471', subject: 'Secret-subject-9920' });
    const created = await (await submitTicket(request, body)).json();
    await request(`/api/tickets/${created.reference}/messages`, { method: 'POST', json: { message: 'Second-secret-8812' }, headers: bearer(created.token) });
    await request(`/api/tickets/${created.reference}`, { headers: bearer(created.token) });
    const log = logLines.join('');
    const entry = logLines.map((line) => JSON.parse(line)).find((line) => line.msg === 'ticket created' && line.reference === created.reference);
    expect(entry).toMatchObject({ reference: created.reference, site: 'kestrel', category: 'email', urgent: 'security' });
    for (const secret of [created.token, body.name, body.email, 'Secret-message-body-4471', 'Secret-subject-9920', 'Second-secret-8812']) expect(log).not.toContain(secret);
  });
});
