import { SITE_ORIGIN, testSettings } from '../support/test-app';

/** A second site, rating replies with stars where the first (SITE_ORIGIN) gives hearts. */
export const STARS_ORIGIN = 'https://www.falcon.test';

/**
 * Settings with the hearts site "kestrel" on SITE_ORIGIN and the stars site "falcon" on
 * STARS_ORIGIN, and a rate limit these suites never reach (rate limits have their own tests).
 */
export function twoSiteSettings(overrides: Record<string, unknown> = {}) {
  return testSettings({
    limits: { perIp: { max: 10_000 } },
    sites: [
      { id: 'kestrel', name: 'Kestrel', origins: [SITE_ORIGIN], ratingStyle: 'hearts' },
      { id: 'falcon', name: 'Falcon', origins: [STARS_ORIGIN], ratingStyle: 'stars' },
    ],
    ...overrides,
  });
}
