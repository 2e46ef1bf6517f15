import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The widget server's settings in the browser tests (server-settings.json, passed as SETTINGS_FILE
 * by playwright.config.ts), and the values specs need from it. What the file sets up, and why:
 *
 * - Three sites on the host pages' port: `http://127.0.0.1:4318` (every spec; replies rated with
 *   hearts), `http://localhost:4318`, a second site whose incidents only the incident specs open,
 *   so an incident never shows up in another spec's panel (screenshots, axe, keyboard journeys),
 *   and `http://127.0.0.2:4318`, the site that rates replies with stars (serve-hosts.ts listens on
 *   that second loopback address too, so the same host pages load on that origin).
 * - Channels: e-mail and chat, always open; a phone line open one minute a week (Sunday 04:00 in
 *   Stockholm), so it is closed whenever a spec runs and its next opening is known; a VIP-only line.
 * - A staff token (incidents) and the contact-centre token (queue times); a high per-address limit,
 *   because every write of a run comes from 127.0.0.1.
 */
export const SETTINGS_FILE = fileURLToPath(new URL('./server-settings.json', import.meta.url));

interface E2eSettings {
  timeZone: string;
  sites: { id: string; origins: string[]; identitySecret: string }[];
  staff: { token: string }[];
  contactCentreToken: string;
  channels: { id: string; label: string; hours?: Record<string, string[]> }[];
}
const settings = JSON.parse(readFileSync(SETTINGS_FILE, 'utf8')) as E2eSettings;

/** The widget server (playwright.config.ts starts it on this port). */
export const WIDGET_SERVER = 'http://127.0.0.1:4317';
/** The host pages' origin for the site whose incidents the incident specs open. */
export const INCIDENT_SITE_ORIGIN = settings.sites[1]!.origins[0]!;
/** The host pages' origin for the site whose replies are rated with 1-5 stars. */
export const STARS_SITE_ORIGIN = settings.sites[2]!.origins[0]!;
/** The host pages' origin of the main site (hearts). */
export const HOST_ORIGIN = settings.sites[0]!.origins[0]!;
export const IDENTITY_SECRET = settings.sites[0]!.identitySecret;
export const STAFF_TOKEN = settings.staff[0]!.token;
export const CONTACT_CENTRE_TOKEN = settings.contactCentreToken;
/** The time zone the server reads opening hours in. */
export const SERVER_TIME_ZONE = settings.timeZone;
/** The one weekly span of the phone line, e.g. { weekday: 0 (Sunday), start: "04:00" }. */
export const PHONE_OPENING = (() => {
  const hours = settings.channels.find((channel) => channel.id === 'phone')?.hours ?? {};
  const [day, spans] = Object.entries(hours)[0] ?? [];
  const weekday = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].indexOf(day ?? '');
  if (weekday < 0 || !spans?.[0]) throw new Error('server-settings.json: the phone channel needs exactly one weekly span');
  return { weekday, start: spans[0].slice(0, 5) };
})();
