import { createHash, randomBytes } from 'node:crypto';

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** A new ticket access token: 256 random bits, base64url (43 characters). Shown once, never stored. */
export function newAccessToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the store keeps of a token: its SHA-256, hex. A leaked database gives no working link. */
export function hashAccessToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Whether a string could be a token at all; anything else is answered like a wrong token. */
export function isWellFormedToken(token: string | undefined): token is string {
  return token !== undefined && TOKEN.test(token);
}
