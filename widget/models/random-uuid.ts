/**
 * A random (version 4) UUID: a ticket's Idempotency-Key, the visitor id of article votes.
 * `crypto.randomUUID` exists only on secure (https) pages, and a customer's site may be plain
 * http, so the same 122 random bits come from `getRandomValues` there.
 *
 * @example randomUuid(crypto) // '3b241101-e2bb-4255-8caf-4136c566a962'
 */
export function randomUuid(random: Pick<Crypto, 'getRandomValues'> & { randomUUID?: () => string }): string {
  if (typeof random.randomUUID === 'function') return random.randomUUID();
  const bytes = random.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
