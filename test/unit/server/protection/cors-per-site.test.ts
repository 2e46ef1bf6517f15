import { describe, expect, it } from 'vitest';
import { describeEachStore } from '../support/each-store';
import { SITE_ORIGIN, testApp, testSettings } from '../support/test-app';

const OTHER_SITE = 'https://help.other.test';
const settings = testSettings({
  sites: [
    { id: 'kestrel', origins: [SITE_ORIGIN] },
    { id: 'other', origins: [OTHER_SITE, 'http://localhost:8788'] },
  ],
});
const preflight = (origin: string, method = 'POST') => ({
  method: 'OPTIONS',
  headers: { Origin: origin, 'Access-Control-Request-Method': method, 'Access-Control-Request-Headers': 'content-type, idempotency-key' },
});
const ALLOW_HEADERS = ['Access-Control-Allow-Origin', 'Access-Control-Allow-Methods', 'Access-Control-Allow-Headers', 'Access-Control-Allow-Credentials', 'Access-Control-Expose-Headers'];

describeEachStore('CORS per site', (connection) => {
  describe('for an origin a site lists', () => {
    it('answers a preflight with that origin and exactly the methods and headers the widget uses', async () => {
      const { request } = testApp(connection(), { settings });
      const response = await request('/api/tickets', preflight(OTHER_SITE));
      expect(response.status).toBe(204);
      expect(response.headers.get('Access-Control-Allow-Origin')).toBe(OTHER_SITE);
      expect(response.headers.get('Access-Control-Allow-Methods')).toBe('GET, POST, PUT, PATCH, DELETE');
      expect(response.headers.get('Access-Control-Allow-Headers')).toBe(
        'Content-Type, Authorization, Idempotency-Key, X-Identity-Email, X-Identity-Plan, X-Identity-Signature',
      );
      expect(response.headers.get('Vary')).toBe('Origin');
      expect(response.headers.get('Access-Control-Allow-Credentials')).toBeNull();
    });

    it('echoes the origin on actual responses, errors included, and exposes Retry-After', async () => {
      const { request } = testApp(connection(), { settings });
      for (const path of ['/api/channels', '/api/nothing-here']) {
        const response = await request(path, { headers: { Origin: 'http://localhost:8788' } });
        expect(response.headers.get('Access-Control-Allow-Origin')).toBe('http://localhost:8788');
        expect(response.headers.get('Access-Control-Expose-Headers')).toBe('Retry-After');
        expect(response.headers.get('Vary')).toMatch(/\bOrigin\b/);
        expect(response.headers.get('Access-Control-Allow-Credentials')).toBeNull();
      }
    });
  });

  describe('for any other origin', () => {
    for (const origin of ['https://evil.example', 'null', `${SITE_ORIGIN}.evil.example`, 'http://www.kestrel.test']) {
      it(`refuses a preflight from ${origin} with a 403 problem and no allow headers`, async () => {
        const { request } = testApp(connection(), { settings });
        const response = await request('/api/tickets', preflight(origin));
        expect(response.status).toBe(403);
        expect(response.headers.get('Content-Type')).toBe('application/problem+json');
        expect(await response.json()).toMatchObject({ status: 403, errors: [{ field: 'Origin' }] });
        for (const header of ALLOW_HEADERS) expect(response.headers.get(header)).toBeNull();
        expect(response.headers.get('Vary')).toBe('Origin');
      });

      it(`refuses an actual request from ${origin} with a 403 problem that does not reflect the origin`, async () => {
        const { request } = testApp(connection(), { settings });
        const response = await request('/api/channels', { headers: { Origin: origin } });
        expect(response.status).toBe(403);
        expect(await response.json()).toMatchObject({ status: 403, errors: [{ field: 'Origin' }] });
        for (const header of ALLOW_HEADERS) expect(response.headers.get(header)).toBeNull();
      });
    }

    it('never answers with a wildcard origin', async () => {
      const { request } = testApp(connection(), { settings });
      for (const origin of [SITE_ORIGIN, 'https://evil.example']) {
        for (const init of [preflight(origin), { headers: { Origin: origin } }]) {
          expect((await request('/api/channels', init)).headers.get('Access-Control-Allow-Origin')).not.toBe('*');
        }
      }
    });
  });

  it('adds no CORS headers to a request without an Origin (a server or curl)', async () => {
    const { app } = testApp(connection(), { settings });
    const response = await app.request('/api/channels', {}, { incoming: { socket: { remoteAddress: '203.0.113.30' } } });
    expect(response.status).toBe(200);
    for (const header of ALLOW_HEADERS) expect(response.headers.get(header)).toBeNull();
    expect(response.headers.get('Vary')).toMatch(/\bOrigin\b/);
  });
});
