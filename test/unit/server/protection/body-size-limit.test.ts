import { expect, it } from 'vitest';
import { describeEachStore } from '../support/each-store';
import { testApp, testSettings } from '../support/test-app';

const bodyOf = (bytes: number) => JSON.stringify({ email: 'ada@example.com', message: 'x'.repeat(bytes - 40) }).padEnd(bytes, ' ');

describeEachStore('body size limit', (connection) => {
  it('refuses a body over 64 KiB with a 413 problem naming the body', async () => {
    const { request } = testApp(connection());
    const response = await request('/api/tickets', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: bodyOf(65_537), ip: '203.0.113.40' });
    expect(response.status).toBe(413);
    expect(response.headers.get('Content-Type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({ status: 413, errors: [{ field: '(body)', message: 'is larger than 65536 bytes' }] });
  });

  it('lets a body of exactly the limit through to the route', async () => {
    const { request } = testApp(connection());
    const response = await request('/api/tickets', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: bodyOf(65_536), ip: '203.0.113.41' });
    expect(response.status).not.toBe(413);
  });

  it('refuses a declared Content-Length over the limit without reading the body', async () => {
    const { request } = testApp(connection());
    const response = await request('/api/tickets', { method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': '65537' }, body: '{}', ip: '203.0.113.44' });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ errors: [{ field: '(body)' }] });
  });

  it('refuses a streamed body once it passes the limit, whatever its declared size', async () => {
    const { request } = testApp(connection(), { settings: testSettings({ limits: { bodyBytes: 2048 } }) });
    const chunk = new TextEncoder().encode('x'.repeat(1000));
    const body = new ReadableStream({
      start(controller) {
        for (let index = 0; index < 3; index++) controller.enqueue(chunk);
        controller.close();
      },
    });
    const response = await request('/api/tickets', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body, duplex: 'half', ip: '203.0.113.42' } as RequestInit);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ errors: [{ field: '(body)', message: 'is larger than 2048 bytes' }] });
  });

  it('counts an over-sized body against no rate limit', async () => {
    const { request } = testApp(connection());
    await request('/api/tickets', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: bodyOf(70_000), ip: '203.0.113.43' });
    const rows = await connection().db.selectFrom('rate_limits').select('bucket').where('bucket', 'like', '%203.0.113.43').execute();
    expect(rows).toEqual([]);
  });
});
