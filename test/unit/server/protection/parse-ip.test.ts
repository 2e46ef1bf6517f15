import { describe, expect, it } from 'vitest';
import { parseIp } from '../../../../server/protection/parse-ip';

describe('parseIp', () => {
  it('gives an IPv4 client connected over IPv6 its IPv4 address', () => {
    expect(parseIp('::ffff:192.0.2.1')).toBe('192.0.2.1');
  });

  it('drops ports and brackets that proxies write', () => {
    expect(parseIp(' 192.0.2.1:8080 ')).toBe('192.0.2.1');
    expect(parseIp('[2001:DB8::1]:443')).toBe('2001:db8::1');
    expect(parseIp('[2001:db8::1]')).toBe('2001:db8::1');
  });

  it('refuses what is not an address', () => {
    for (const text of ['', 'unknown', 'example.com', '999.1.1.1', '1.2.3', '<script>', '1.2.3.4, 5.6.7.8']) expect(parseIp(text)).toBeUndefined();
  });
});
