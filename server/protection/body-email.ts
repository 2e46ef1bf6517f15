import type { Context } from 'hono';

/**
 * The lower-cased `email` field of a JSON request body, or undefined (no JSON, no such field,
 * or nothing shaped like an address). Hono keeps the body it read, so the route reads it again.
 *
 * @example const email = await bodyEmail(c); // 'ada@example.com'
 */
export async function bodyEmail(c: Context): Promise<string | undefined> {
  if (!/^application\/(.+\+)?json\b/i.test(c.req.header('Content-Type') ?? '')) return undefined;
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    return undefined;
  }
  if (typeof body !== 'object' || body === null || !('email' in body) || typeof body.email !== 'string') return undefined;
  const email = body.email.trim().toLowerCase();
  // Not an address the route would take: it is refused there, and should not become a bucket.
  return email.length <= 254 && /^[^@\s]+@[^@\s]+$/.test(email) ? email : undefined;
}
