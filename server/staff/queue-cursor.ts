import type { QueueKey } from './queue-order';

/**
 * The cursor of a queue page: the queue key of its last ticket, so the next page starts right
 * after it (keyset paging: a page never repeats or skips a ticket that kept its place).
 *
 * @example const cursor = encodeCursor(lastItem); decodeCursor(cursor) // the same key
 */
export function encodeCursor(key: QueueKey): string {
  return Buffer.from(JSON.stringify([key.urgent ? 1 : 0, key.waitingSince, key.createdAt, key.reference])).toString('base64url');
}

/** The key a cursor holds, or undefined for anything this server did not hand out. */
export function decodeCursor(cursor: string): QueueKey | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 4) return undefined;
    const [urgent, waitingSince, createdAt, reference] = value as unknown[];
    if ((urgent !== 0 && urgent !== 1) || typeof waitingSince !== 'string' || typeof createdAt !== 'string' || typeof reference !== 'string') return undefined;
    return { urgent: urgent === 1, waitingSince, createdAt, reference };
  } catch {
    return undefined;
  }
}
