import { createHash } from 'node:crypto';

/**
 * The hash in an output file's name: the first 10 hex digits of the SHA-256 of its content, so a
 * file's name changes exactly when its bytes do.
 *
 * @example contentHash('{}') // '44136fa355'
 */
export function contentHash(content: string): string {
  return createHash('sha256').update(content).digest('hex').slice(0, 10);
}
