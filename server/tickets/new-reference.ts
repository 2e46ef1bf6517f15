import { randomInt } from 'node:crypto';
import { REFERENCE_ALPHABET } from '../contract/tickets';

/**
 * A fresh ticket reference such as `K7F-93QD`: seven characters from an alphabet without look-alikes,
 * drawn with the crypto generator (about 34 bits, so collisions are rare but possible: the caller
 * retries when the store already has it).
 *
 * @example const reference = newReference(); // 'K7F-93QD'
 */
export function newReference(): string {
  const pick = () => REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return `${pick()}${pick()}${pick()}-${pick()}${pick()}${pick()}${pick()}`;
}
