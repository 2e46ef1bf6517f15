import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every level, so two equal bodies give one string whatever their key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * SHA-256 (hex) of a request body in canonical form: what an idempotency key is bound to, so a
 * retry with the same body is recognised and the same key with another body is refused.
 *
 * @example requestHash({ b: 1, a: [2] }) === requestHash({ a: [2], b: 1 }); // true
 */
export function requestHash(body: unknown): string {
  return createHash('sha256').update(canonical(body)).digest('hex');
}
