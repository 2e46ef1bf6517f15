import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import type { ApiEnv } from '../../../../server/http/env';
import { readJson } from '../../../../server/http/validate-json';
import { createLogger } from '../../../../server/log/create-logger';
import { protect } from '../../../../server/protection/protect';
import type { Connection } from '../../../../server/store/database';
import { describeEachStore } from '../support/each-store';
import { SITE_ORIGIN, fakeClock, testApp, testSettings } from '../support/test-app';

const settings = testSettings({ limits: { perIp: { max: 3, windowSeconds: 600 }, perEmail: { max: 2, windowSeconds: 3600 } } });

/** The protection in front of a route that counts its calls and echoes the body it reads. */
function echoApp(connection: Connection) {
  const clock = fakeClock();
  const calls: unknown[] = [];
  const deps = { db: connection.db, dbKind: connection.kind, settings, clock, logger: createLogger('silent'), mailer: { send: async () => undefined }, trustedProxies: [], publicUrl: 'https://help.kestrel.test' };
  const api = new Hono<ApiEnv>();
  for (const middleware of protect(deps)) api.use('*', middleware);
  api.post('/echo', async (c) => {
    const body = await readJson(c, z.strictObject({ email: z.string(), note: z.string() }));
    if (!body.ok) return body.response;
    calls.push(body.value);
    return c.json(body.value);
  });
  const app = new Hono().route('/api', api);
  const request = (ip: string, body: string, type = 'application/json') =>
    app.request('/api/echo', { method: 'POST', headers: { Origin: SITE_ORIGIN, 'Content-Type': type }, body }, { incoming: { socket: { remoteAddress: ip } } });
  return { request, calls, clock };
}

describeEachStore('rate limits', (connection) => {
  const buckets = async (fragment: string) =>
    connection().db.selectFrom('rate_limits').selectAll().where('bucket', 'like', `%${fragment}%`).orderBy('bucket').execute();

  describe('before the route', () => {
    it('refuses a write over the limit without running the route', async () => {
      const { request, calls } = echoApp(connection());
      const statuses = [];
      for (let index = 0; index < 5; index++) statuses.push((await request('203.0.113.50', JSON.stringify({ email: `r${index}@example.com`, note: 'hi' }))).status);
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      expect(calls).toHaveLength(3);
    });

    it('leaves the JSON body it read for the route to read again', async () => {
      const { request } = echoApp(connection());
      const response = await request('203.0.113.51', JSON.stringify({ email: 'Echo@Example.com', note: 'kept as sent' }));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ email: 'Echo@Example.com', note: 'kept as sent' });
      expect((await buckets('echo@example.com')).map((row) => row.bucket)).toEqual(['email:POST /echo:echo@example.com']);
    });

    it('ignores a body that is not JSON, and lets the route say so', async () => {
      const { request } = echoApp(connection());
      const plain = await request('203.0.113.52', '{"email":"plain@example.com","note":"x"}', 'text/plain');
      expect(plain.status).toBe(415);
      const broken = await request('203.0.113.52', '{"email":"broken@example.com",', 'application/json');
      expect(broken.status).toBe(400);
      expect(await buckets('plain@example.com')).toEqual([]);
      expect(await buckets('broken@example.com')).toEqual([]);
      expect(await buckets('203.0.113.52')).toMatchObject([{ count: 2 }]);
    });
  });

  it('opens no e-mail bucket for an email field that is not an address', async () => {
    const { request } = echoApp(connection());
    for (const email of ['nobody', 'two@@not-counted.example', `${'x'.repeat(250)}@not-counted.example`]) {
      expect((await request('203.0.113.61', JSON.stringify({ email, note: 'x' }))).status).toBe(200);
    }
    expect(await buckets('email:POST /echo:nobody')).toEqual([]);
    expect(await buckets('not-counted.example')).toEqual([]);
  });

  it('allows 30 writes per address and route in 10 minutes by default', async () => {
    const { request } = testApp(connection());
    const vote = () => request('/api/articles/votes', { method: 'PUT', json: {}, ip: '203.0.113.62' });
    for (let index = 0; index < 30; index++) expect((await vote()).status).not.toBe(429);
    const refused = await vote();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('Retry-After')).toBe('600');
  });

  it('answers 429 problem+json with Retry-After up to the end of the window, which then resets', async () => {
    const { request, clock } = testApp(connection(), { settings });
    const vote = () => request('/api/articles/votes', { method: 'PUT', json: {}, ip: '203.0.113.53' });
    for (let index = 0; index < 3; index++) expect((await vote()).status).not.toBe(429);
    clock.advance(4 * 60_000);
    const refused = await vote();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('Content-Type')).toBe('application/problem+json');
    expect(refused.headers.get('Retry-After')).toBe('360');
    expect(refused.headers.get('Access-Control-Allow-Origin')).toBe(SITE_ORIGIN);
    expect(await refused.json()).toMatchObject({ status: 429, type: '/api/problems#rate-limited', errors: [{ field: '(client)' }] });
    clock.advance(6 * 60_000 - 1);
    expect((await vote()).headers.get('Retry-After')).toBe('1');
    clock.advance(1);
    expect((await vote()).status).not.toBe(429);
  });

  it('limits each e-mail address on its own, whichever address it comes from', async () => {
    const { request } = testApp(connection(), { settings });
    const resend = (email: string, ip: string) => request('/api/tickets/resend-links', { method: 'POST', json: { email }, ip });
    expect((await resend('mia@example.com', '203.0.113.54')).status).toBe(202);
    expect((await resend('MIA@example.com', '203.0.113.55')).status).toBe(202);
    const refused = await resend('Mia@Example.com', '203.0.113.56');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('Retry-After')).toBe('3600');
    expect(await refused.json()).toMatchObject({ status: 429, errors: [{ field: 'email' }] });
    expect((await resend('noah@example.com', '203.0.113.56')).status).toBe(202);
  });

  it('counts the client and the e-mail limits apart', async () => {
    const { request } = testApp(connection(), { settings });
    const resend = (email: string) => request('/api/tickets/resend-links', { method: 'POST', json: { email }, ip: '203.0.113.57' });
    for (const email of ['a57@example.com', 'b57@example.com', 'c57@example.com']) expect((await resend(email)).status).toBe(202);
    const refused = await resend('d57@example.com');
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({ errors: [{ field: '(client)' }] });
  });

  it('counts 40 requests sent at once exactly', async () => {
    const { request } = testApp(connection(), { settings: testSettings({ limits: { perIp: { max: 25 } } }) });
    const responses = await Promise.all(Array.from({ length: 40 }, () => request('/api/articles/votes', { method: 'PUT', json: {}, ip: '203.0.113.58' })));
    const refused = responses.filter((response) => response.status === 429);
    expect(refused).toHaveLength(15);
    expect(await buckets('203.0.113.58')).toMatchObject([{ count: 40 }]);
  });

  it('shares one bucket between the addresses of an IPv6 /64', async () => {
    const { request } = testApp(connection(), { settings });
    const statuses = [];
    for (let index = 1; index <= 4; index++) statuses.push((await request('/api/articles/votes', { method: 'PUT', json: {}, ip: `2001:db8:58::${index}` })).status);
    expect(statuses.at(-1)).toBe(429);
    expect((await request('/api/articles/votes', { method: 'PUT', json: {}, ip: '2001:db8:59::1' })).status).not.toBe(429);
  });

  it('forgets windows that ended, the next time a write comes in', async () => {
    const { request, clock } = testApp(connection(), { settings });
    await request('/api/articles/votes', { method: 'PUT', json: {}, ip: '203.0.113.59' });
    expect(await buckets('203.0.113.59')).toHaveLength(1);
    clock.advance(2 * 3600_000);
    await request('/api/articles/votes', { method: 'PUT', json: {}, ip: '203.0.113.60' });
    expect(await buckets('203.0.113.59')).toEqual([]);
    expect(await buckets('203.0.113.60')).toHaveLength(1);
  });
});
