import { BlockList, isIP } from 'node:net';

/**
 * A test for "is this peer one of our proxies?" from a list of addresses and CIDR ranges
 * ("10.0.0.0/8", "fd00::/8"). An entry that is neither throws, naming it, so a typo does not
 * silently distrust the load balancer.
 *
 * @example
 *   const isTrusted = trustedProxies(['10.0.0.0/8', '192.0.2.10']);
 *   isTrusted('10.1.2.3'); // true
 */
export function trustedProxies(entries: readonly string[]): (ip: string) => boolean {
  const list = new BlockList();
  for (const entry of entries) {
    const [, address = '', prefix] = /^([^/]+)(?:\/(\d{1,3}))?$/.exec(entry.trim()) ?? [];
    const family = isIP(address);
    const bits = prefix === undefined ? undefined : Number(prefix);
    if (!family || (bits !== undefined && bits > (family === 4 ? 32 : 128))) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or a CIDR range such as 10.0.0.0/8`);
    }
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, bits, type);
  }
  return (ip) => {
    const family = isIP(ip);
    return family !== 0 && list.check(ip, family === 4 ? 'ipv4' : 'ipv6');
  };
}
