import { describe, expect, it } from 'vitest';
import { describeEachStore } from '../support/each-store';
import { CONTACT_CENTRE_TOKEN, STAFF_TOKEN, testApp, testSettings } from '../support/test-app';

const settings = testSettings({ limits: { perIp: { max: 3 } } });
const REF = 'K7F-93QD';
const MESSAGE = '00000000-0000-4000-8000-000000000000';

/** Every public write the API has, by route, as a request with a body the route refuses or takes. */
const ROUTES: Record<string, [path: string, json: unknown]> = {
  'POST /api/tickets': ['/api/tickets', {}],
  'POST /api/tickets/resend-links': ['/api/tickets/resend-links', { email: 'not-an-address' }],
  'POST /api/tickets/:ref/messages': [`/api/tickets/${REF}/messages`, {}],
  'POST /api/tickets/:ref/reopen': [`/api/tickets/${REF}/reopen`, {}],
  'POST /api/tickets/:ref/solve': [`/api/tickets/${REF}/solve`, {}],
  'POST /api/tickets/:ref/read': [`/api/tickets/${REF}/read`, {}],
  'PUT /api/tickets/:ref/messages/:messageId/rating': [`/api/tickets/${REF}/messages/${MESSAGE}/rating`, {}],
  'PUT /api/tickets/:ref/csat': [`/api/tickets/${REF}/csat`, {}],
  'PUT /api/articles/votes': ['/api/articles/votes', {}],
  // Staff-authenticated, but outside /api/staff: anyone can call them, so they are limited too.
  'POST /api/incidents': ['/api/incidents', {}],
  'POST /api/incidents/:id/resolve': ['/api/incidents/00000000-0000-4000-8000-000000000001/resolve', {}],
};
const PUBLIC_WRITES = Object.entries(ROUTES).map(([route, [path, json]]) => [route.split(' ')[0]!, path, json] as const);

describeEachStore('rate limits on public writes', (connection) => {
  let ip = 0;
  const nextIp = () => `198.51.100.${++ip}`;

  it('covers every public write the API routes', () => {
    const { app } = testApp(connection(), { settings });
    const writes = app.routes
      .filter((route) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(route.method))
      .map((route) => `${route.method} ${route.path}`)
      .filter((route) => !/^\w+ \/api\/staff\//.test(route) && route !== 'PUT /api/channels/:id/queue-time');
    expect([...new Set(writes)].sort()).toEqual(Object.keys(ROUTES).sort());
  });

  describe.each(PUBLIC_WRITES)('%s %s', (method, path, json) => {
    it('reaches the route up to the limit, then answers 429 with Retry-After before the route runs', async () => {
      const { request } = testApp(connection(), { settings });
      const from = nextIp();
      for (let index = 0; index < 3; index++) {
        const response = await request(path, { method, json, ip: from });
        expect(response.status).not.toBe(429);
        // The route answered (maybe "no such ticket"), not the API's "nothing at this path".
        expect(((await response.json()) as { type: string }).type).not.toBe('/api/problems#not-found');
      }
      const refused = await request(path, { method, json, ip: from });
      expect(refused.status).toBe(429);
      expect(refused.headers.get('Retry-After')).toMatch(/^[1-9]\d*$/);
      expect(await refused.json()).toMatchObject({ status: 429, errors: [{ field: '(client)' }] });
    });
  });

  it('counts each route on its own', async () => {
    const { request } = testApp(connection(), { settings });
    const from = nextIp();
    for (const [method, path, json] of PUBLIC_WRITES) {
      for (let index = 0; index < 3; index++) expect((await request(path, { method, json, ip: from })).status).not.toBe(429);
    }
    const rows = await connection().db.selectFrom('rate_limits').select(['bucket', 'count']).where('bucket', 'like', `%:${from}`).execute();
    expect(rows).toHaveLength(PUBLIC_WRITES.length);
    expect(rows.every((row) => Number(row.count) === 3)).toBe(true);
  });

  it('counts every ticket of a route in one bucket, so new paths open no new bucket', async () => {
    const { request } = testApp(connection(), { settings });
    const from = nextIp();
    const statuses = [];
    for (const ref of ['AAA-1111', 'BBB-2222', 'CCC-3333', 'DDD-4444']) statuses.push((await request(`/api/tickets/${ref}/solve`, { method: 'POST', json: {}, ip: from })).status);
    expect(statuses.at(-1)).toBe(429);
  });

  it('counts writes to paths no route answers in one bucket', async () => {
    const { request } = testApp(connection(), { settings });
    const from = nextIp();
    const statuses = [];
    for (const path of ['/api/a', '/api/b', '/api/c/d', '/api/e']) statuses.push((await request(path, { method: 'DELETE', ip: from })).status);
    expect(statuses).toEqual([404, 404, 404, 429]);
  });

  it('does not limit reads, staff calls or the contact centre pushing queue times', async () => {
    const { request } = testApp(connection(), { settings: testSettings({ limits: { perIp: { max: 3 } }, channels: [{ id: 'chat', kind: 'chat', label: 'Chat' }] }) });
    const from = nextIp();
    const staff = { Authorization: `Bearer ${STAFF_TOKEN}` };
    const calls: [string, RequestInit & { json?: unknown }][] = [
      ['/api/channels', {}],
      ['/api/tickets/K7F-93QD', {}],
      ['/api/staff/saved-replies', { method: 'POST', json: {}, headers: staff }],
      ['/api/staff/tickets/K7F-93QD', { method: 'PATCH', json: {}, headers: staff }],
      ['/api/channels/chat/queue-time', { method: 'PUT', json: { waitSeconds: 60 }, headers: { Authorization: `Bearer ${CONTACT_CENTRE_TOKEN}` } }],
    ];
    for (const [path, init] of calls) {
      for (let index = 0; index < 5; index++) expect((await request(path, { ...init, ip: from })).status).not.toBe(429);
    }
    expect(await connection().db.selectFrom('rate_limits').select('bucket').where('bucket', 'like', `%:${from}`).execute()).toEqual([]);
  });
});
