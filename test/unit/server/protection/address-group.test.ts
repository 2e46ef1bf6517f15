import { describe, expect, it } from 'vitest';
import { addressGroup } from '../../../../server/protection/address-group';

describe('addressGroup', () => {
  it('keeps an IPv4 address whole', () => {
    expect(addressGroup('203.0.113.7')).toBe('203.0.113.7');
  });

  it('groups IPv6 addresses by their /64, however they are written', () => {
    const group = addressGroup('2001:db8:1:2::1');
    expect(group).toBe('2001:db8:1:2::/64');
    expect(addressGroup('2001:0db8:0001:0002:ffff:ffff:ffff:ffff')).toBe(group);
    expect(addressGroup('2001:db8:1:2:aaaa::')).toBe(group);
  });

  it('tells apart IPv6 networks that differ in the first 64 bits', () => {
    expect(addressGroup('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressGroup('2001:db8:0:1::1')).not.toBe(addressGroup('2001:db8::1'));
    expect(addressGroup('::1')).toBe('0:0:0:0::/64');
  });
});
