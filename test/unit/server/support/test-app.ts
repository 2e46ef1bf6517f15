import { tmpdir } from 'node:os';
import { Writable } from 'node:stream';
import { createApp } from '../../../../server/app';
import type { Clock } from '../../../../server/clock';
import { createLogger } from '../../../../server/log/create-logger';
import type { Mail } from '../../../../server/mail/mailer';
import { Settings } from '../../../../server/settings/settings';
import type { Connection } from '../../../../server/store/database';

export const SITE_ORIGIN = 'https://www.kestrel.test';
export const STAFF_TOKEN = 'staff-token-anna-0123456789abcdef0123456789';
export const IDENTITY_SECRET = 'identity-secret-0123456789abcdef0123456789';
export const CONTACT_CENTRE_TOKEN = 'contact-centre-0123456789abcdef0123456789';

/** A clock the test moves by hand. */
export function fakeClock(start = '2026-11-23T10:00:00Z'): Clock & { set(iso: string): void; advance(ms: number): void } {
  let now = new Date(start).getTime();
  return { now: () => new Date(now), set: (iso) => (now = new Date(iso).getTime()), advance: (ms) => (now += ms) };
}

/** Settings for tests: one site on SITE_ORIGIN, one staff member, e-mail and chat channels. */
export function testSettings(overrides: Record<string, unknown> = {}): Settings {
  return Settings.parse({
    timeZone: 'Europe/Stockholm',
    sites: [{ id: 'kestrel', name: 'Kestrel', origins: [SITE_ORIGIN], identitySecret: IDENTITY_SECRET, ratingStyle: 'hearts' }],
    staff: [{ id: 'anna', name: 'Anna', token: STAFF_TOKEN }],
    contactCentreToken: CONTACT_CENTRE_TOKEN,
    ...overrides,
  });
}

/**
 * The real app over a test database, with a fake clock, a mailer that keeps what it sent and a
 * log that keeps every line (to check that no token or message body is ever logged).
 *
 * @example
 *   const { request } = testApp(connection());
 *   const response = await request('/api/tickets', { method: 'POST', body: ... });
 */
export function testApp(connection: Connection, options: { settings?: Settings; clock?: ReturnType<typeof fakeClock>; trustedProxies?: string[] } = {}) {
  const clock = options.clock ?? fakeClock();
  const mails: Mail[] = [];
  const logLines: string[] = [];
  const logger = createLogger(
    'info',
    new Writable({
      write(chunk, _encoding, done) {
        logLines.push(String(chunk));
        done();
      },
    }),
  );
  const settings = options.settings ?? testSettings();
  const app = createApp({
    // The API tests serve no files; an existing folder keeps serveStatic from warning about a missing build.
    config: { WIDGET_DIR: tmpdir(), ARTICLES_DIR: tmpdir() },
    api: {
      db: connection.db,
      dbKind: connection.kind,
      settings,
      clock,
      logger,
      mailer: { send: async (mail) => void mails.push(mail) },
      trustedProxies: options.trustedProxies ?? [],
      publicUrl: 'https://help.kestrel.test',
    },
  });
  /**
   * A request from the site's page, as a browser sends it (Origin set, JSON body), over a socket
   * from `ip` (default 203.0.113.1), as @hono/node-server would pass it.
   */
  const request = (path: string, init: RequestInit & { json?: unknown; ip?: string } = {}) => {
    const { json, ip = '203.0.113.1', ...rest } = init;
    const headers = new Headers(rest.headers);
    if (!headers.has('Origin')) headers.set('Origin', SITE_ORIGIN);
    if (json !== undefined) headers.set('Content-Type', 'application/json');
    const body = json !== undefined ? JSON.stringify(json) : rest.body;
    return app.request(path, { ...rest, headers, body }, { incoming: { socket: { remoteAddress: ip } } });
  };
  return { app, request, clock, mails, logLines, settings };
}
