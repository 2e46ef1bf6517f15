import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The one site of the server under test; every request sends this Origin. */
export const SITE_ORIGIN = 'https://www.shop.test';

/**
 * Writes a settings file for a server child process: one site on SITE_ORIGIN. Requests under load
 * each come from their own X-Forwarded-For address and e-mail, so the per-IP and per-e-mail rate
 * limits are met as they would be by many visitors, not switched off.
 *
 * @example const settingsFile = writeServerSettings(dir);
 */
export function writeServerSettings(dir: string): string {
  const file = join(dir, 'settings.json');
  const settings = {
    timeZone: 'Europe/Stockholm',
    sites: [{ id: 'shop', name: 'Shop', origins: [SITE_ORIGIN], ratingStyle: 'hearts' }],
  };
  writeFileSync(file, JSON.stringify(settings, null, 2));
  return file;
}
