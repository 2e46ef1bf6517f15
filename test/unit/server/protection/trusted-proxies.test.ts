import { describe, expect, it } from 'vitest';
import { trustedProxies } from '../../../../server/protection/trusted-proxies';

describe('trustedProxies', () => {
  it('trusts listed addresses and ranges only', () => {
    const isTrusted = trustedProxies(['192.0.2.10', '10.0.0.0/8', 'fd00::/8']);
    expect(isTrusted('192.0.2.10')).toBe(true);
    expect(isTrusted('10.200.3.4')).toBe(true);
    expect(isTrusted('fd12::1')).toBe(true);
    expect(isTrusted('192.0.2.11')).toBe(false);
    expect(isTrusted('11.0.0.1')).toBe(false);
    expect(isTrusted('fe80::1')).toBe(false);
    expect(isTrusted('unknown')).toBe(false);
  });

  it('trusts nobody when the list is empty', () => {
    expect(trustedProxies([])('127.0.0.1')).toBe(false);
  });

  it('names an entry that is neither an address nor a range', () => {
    expect(() => trustedProxies(['10.0.0.1', 'proxy.internal'])).toThrow('"proxy.internal"');
    expect(() => trustedProxies(['10.0.0.0/33'])).toThrow('"10.0.0.0/33"');
    expect(() => trustedProxies(['10.0.0.0/8/1'])).toThrow('"10.0.0.0/8/1"');
  });
});
