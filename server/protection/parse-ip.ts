import { isIP } from 'node:net';

/**
 * An IP address as one canonical string, or undefined when `text` is not one. Accepts what
 * sockets and proxies write: IPv4-mapped IPv6 ("::ffff:192.0.2.1" is 192.0.2.1, so one client has
 * one address however it connected), brackets and ports ("[2001:db8::1]:443", "192.0.2.1:8080").
 *
 * @example parseIp(' ::ffff:192.0.2.1 '); // '192.0.2.1'
 */
export function parseIp(text: string): string | undefined {
  let address = text.trim().toLowerCase();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1]!;
  else if (/^[\d.]+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(':'));
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (mapped) address = mapped[1]!;
  return isIP(address) ? address : undefined;
}
