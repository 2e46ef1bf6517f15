import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../server/config';

describe('loadConfig', () => {
  it('uses the documented defaults for an empty environment', () => {
    expect(loadConfig({})).toMatchObject({ PORT: 8787, HOST: '127.0.0.1', DEMO_PORT: 8788, publicUrl: 'http://127.0.0.1:8787' });
  });

  it('names every bad variable and its value', () => {
    expect(() => loadConfig({ PORT: 'eighty', DEMO_PORT: '70000' })).toThrow(/PORT="eighty"[\s\S]*DEMO_PORT="70000"/);
  });

  it('prefers PUBLIC_URL for the address browsers use, without a trailing slash', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://help.example.com/' }).publicUrl).toBe('https://help.example.com');
  });
});

describe('loadConfig TRUSTED_PROXIES', () => {
  it('accepts addresses and CIDR ranges, and names a bad entry', () => {
    expect(loadConfig({ TRUSTED_PROXIES: '10.0.0.0/8, 192.0.2.10' }).TRUSTED_PROXIES).toEqual(['10.0.0.0/8', '192.0.2.10']);
    expect(() => loadConfig({ TRUSTED_PROXIES: '10.0.0.0/8,proxy.local' })).toThrow(/TRUSTED_PROXIES=.*"proxy\.local" is not an IP address/);
  });
});
