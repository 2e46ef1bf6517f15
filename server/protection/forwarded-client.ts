import { parseIp } from './parse-ip';

/**
 * The client's address behind our proxies. X-Forwarded-For is believed only as far as trusted
 * proxies wrote it: starting from the direct peer, each trusted hop vouches for the address
 * to its left, and the first address that is not a trusted proxy is the client. Anything a
 * client writes further left (a spoofed header) is never reached. Without a trusted peer the
 * header is ignored altogether.
 *
 * @example
 *   forwardedClient('10.0.0.5', '198.51.100.9, 203.0.113.7', (ip) => ip === '10.0.0.5'); // '203.0.113.7'
 *   forwardedClient('203.0.113.7', '1.2.3.4', () => false); // '203.0.113.7'
 */
export function forwardedClient(peer: string, forwardedFor: string | undefined, isTrusted: (ip: string) => boolean): string {
  if (!isTrusted(peer) || !forwardedFor) return peer;
  const hops = forwardedFor.split(',');
  let client = peer;
  for (let index = hops.length - 1; index >= 0; index--) {
    const address = parseIp(hops[index]!);
    // A malformed entry cannot come from a trusted proxy: stop at the last hop we can vouch for.
    if (!address) return client;
    client = address;
    if (!isTrusted(address)) return client;
  }
  return client;
}
