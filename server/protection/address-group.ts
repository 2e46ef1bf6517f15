/**
 * The part of a client address that names one visitor for rate limits: the whole IPv4 address,
 * but an IPv6 address's /64 network, since one subscriber is usually handed a whole /64 and could
 * otherwise open a fresh bucket with every address in it.
 *
 * @example addressGroup('2001:db8:1:2:aaaa::1'); // '2001:db8:1:2::/64'
 */
export function addressGroup(ip: string): string {
  if (!ip.includes(':')) return ip;
  const [head = '', tail] = ip.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const zeros = Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0');
  const hextets = tail === undefined ? left : [...left, ...zeros, ...right];
  return `${hextets.slice(0, 4).map((part) => part.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}
