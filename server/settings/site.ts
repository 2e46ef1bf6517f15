import { z } from 'zod';

/**
 * A website the widget is embedded in. Requests are matched to a site by their Origin; CORS
 * answers only the site's own origins.
 */
export const Site = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/, 'lowercase letters, digits and hyphens'),
  name: z.string().min(1).default('Support'),
  /** Origins allowed to call the API from a browser, e.g. "https://www.example.com". */
  origins: z.array(z.url().refine((url) => new URL(url).origin === url, 'an origin: scheme, host and port, no path')).min(1),
  /** Shared secret for signed visitor identities (HMAC-SHA256); none: every visitor is anonymous. */
  identitySecret: z.string().min(32, 'at least 32 characters').optional(),
  /** How visitors rate staff replies. */
  ratingStyle: z.enum(['hearts', 'stars']).default('hearts'),
});
export type Site = z.infer<typeof Site>;
