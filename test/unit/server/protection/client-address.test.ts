import { serve } from '@hono/node-server';
import { afterEach, expect, it } from 'vitest';
import { portOf } from '../../../../server/listen';
import { describeEachStore } from '../support/each-store';
import { SITE_ORIGIN, testApp, testSettings } from '../support/test-app';

const settings = testSettings({ limits: { perIp: { max: 3 } } });
const WRITE = '/api/articles/votes';

describeEachStore('client address', (connection) => {
  const buckets = async (ip: string) =>
    (await connection().db.selectFrom('rate_limits').select('bucket').where('bucket', 'like', `ip:%:${ip}`).execute()).map((row) => row.bucket);

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy: a spoofed address opens no new bucket', async () => {
    const { request } = testApp(connection(), { settings, trustedProxies: ['10.0.0.0/8'] });
    const statuses: number[] = [];
    for (let index = 1; index <= 5; index++) {
      const response = await request(WRITE, { method: 'PUT', json: {}, ip: '203.0.113.21', headers: { 'X-Forwarded-For': `198.51.100.${index}` } });
      statuses.push(response.status);
    }
    expect(statuses.slice(3)).toEqual([429, 429]);
    expect(statuses.slice(0, 3)).not.toContain(429);
    expect(await buckets('203.0.113.21')).toHaveLength(1);
    for (let index = 1; index <= 5; index++) expect(await buckets(`198.51.100.${index}`)).toEqual([]);
  });

  it('believes X-Forwarded-For from a trusted proxy and limits each client behind it on its own', async () => {
    const { request } = testApp(connection(), { settings, trustedProxies: ['10.0.0.0/8'] });
    const viaProxy = (client: string) => request(WRITE, { method: 'PUT', json: {}, ip: '10.0.0.2', headers: { 'X-Forwarded-For': `192.0.2.250, ${client}` } });
    for (let index = 0; index < 3; index++) expect((await viaProxy('203.0.113.22')).status).not.toBe(429);
    expect((await viaProxy('203.0.113.22')).status).toBe(429);
    expect((await viaProxy('203.0.113.23')).status).not.toBe(429);
    expect(await buckets('203.0.113.22')).toHaveLength(1);
    expect(await buckets('10.0.0.2')).toEqual([]);
    expect(await buckets('192.0.2.250')).toEqual([]);
  });

  it('reads X-Forwarded-For given in several header lines as one list', async () => {
    const { request, logLines } = testApp(connection(), { settings, trustedProxies: ['10.0.0.0/8'] });
    const headers = new Headers();
    headers.append('X-Forwarded-For', '192.0.2.250, 203.0.113.24');
    headers.append('X-Forwarded-For', '10.0.0.7');
    await request('/api/channels', { ip: '10.0.0.2', headers });
    expect(JSON.parse(logLines.at(-1)!)).toMatchObject({ msg: 'request', ip: '203.0.113.24' });
  });

  let server: ReturnType<typeof serve> | undefined;
  afterEach(() => {
    server?.close();
    server = undefined;
  });

  it('takes the address from the socket when served by @hono/node-server', async () => {
    const { app, logLines } = testApp(connection(), { settings, trustedProxies: ['127.0.0.1'] });
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => server!.once('listening', resolve));
    const url = `http://127.0.0.1:${portOf(server)}/api/channels`;
    await fetch(url, { headers: { Origin: SITE_ORIGIN } });
    expect(JSON.parse(logLines.at(-1)!)).toMatchObject({ msg: 'request', ip: '127.0.0.1' });
    await fetch(url, { headers: { Origin: SITE_ORIGIN, 'X-Forwarded-For': '203.0.113.25' } });
    expect(JSON.parse(logLines.at(-1)!)).toMatchObject({ msg: 'request', ip: '203.0.113.25' });
  });
});
