import { describe, expect, it } from 'vitest';
import { forwardedClient } from '../../../../server/protection/forwarded-client';
import { trustedProxies } from '../../../../server/protection/trusted-proxies';

const isTrusted = trustedProxies(['10.0.0.0/8']);

describe('forwardedClient', () => {
  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', () => {
    expect(forwardedClient('203.0.113.7', '198.51.100.1', isTrusted)).toBe('203.0.113.7');
  });

  it('takes the right-most address that is not a trusted proxy', () => {
    expect(forwardedClient('10.0.0.2', '1.1.1.1, 198.51.100.1, 203.0.113.7', isTrusted)).toBe('203.0.113.7');
  });

  it('walks back through a chain of trusted proxies', () => {
    expect(forwardedClient('10.0.0.2', '1.1.1.1, 203.0.113.7, 10.0.0.9', isTrusted)).toBe('203.0.113.7');
  });

  it('takes the proxy itself when the header is missing or names only proxies', () => {
    expect(forwardedClient('10.0.0.2', undefined, isTrusted)).toBe('10.0.0.2');
    expect(forwardedClient('10.0.0.2', '10.0.0.3, 10.0.0.4', isTrusted)).toBe('10.0.0.3');
  });

  it('stops at a malformed entry, at the last hop a trusted proxy vouched for', () => {
    expect(forwardedClient('10.0.0.2', '203.0.113.7, garbage', isTrusted)).toBe('10.0.0.2');
    expect(forwardedClient('10.0.0.2', 'garbage, 10.0.0.9', isTrusted)).toBe('10.0.0.9');
  });
});
