import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { identityMessage, verifyIdentity } from '../../../../server/identity/verify-identity';
import type { Site } from '../../../../server/settings/site';

const SECRET = 'identity-secret-0123456789abcdef0123456789';
const site: Site = { id: 'kestrel', name: 'Kestrel', origins: ['https://www.kestrel.test'], identitySecret: SECRET, ratingStyle: 'hearts' };
const sign = (email: string, plan: string, secret = SECRET) => createHmac('sha256', secret).update(`${email.toLowerCase()}\n${plan}`).digest('hex');

describe('verifyIdentity', () => {
  it('accepts an identity signed with the site secret', () => {
    expect(verifyIdentity(site, { email: 'ada@example.com', plan: 'vip', signature: sign('ada@example.com', 'vip') })).toEqual({ email: 'ada@example.com', plan: 'vip' });
  });

  it('signs the e-mail in lower case, so the host may send it in any case', () => {
    const signature = sign('Ada@Example.COM', 'vip');
    expect(verifyIdentity(site, { email: 'Ada@Example.COM', plan: 'vip', signature })).toEqual({ email: 'ada@example.com', plan: 'vip' });
    expect(identityMessage('Ada@Example.COM', 'vip')).toBe('ada@example.com\nvip');
  });

  it('refuses a signature made with another secret', () => {
    const signature = sign('ada@example.com', 'vip', 'another-secret-0123456789abcdef0123456789');
    expect(verifyIdentity(site, { email: 'ada@example.com', plan: 'vip', signature })).toBeNull();
  });

  it('refuses a plan changed after signing', () => {
    const signature = sign('ada@example.com', 'basic');
    expect(verifyIdentity(site, { email: 'ada@example.com', plan: 'vip', signature })).toBeNull();
  });

  it('refuses an e-mail changed after signing', () => {
    const signature = sign('ada@example.com', 'vip');
    expect(verifyIdentity(site, { email: 'eve@example.com', plan: 'vip', signature })).toBeNull();
  });

  it.each([
    ['a short signature', { email: 'ada@example.com', plan: 'vip', signature: 'abc123' }],
    ['a signature that is not hex', { email: 'ada@example.com', plan: 'vip', signature: 'z'.repeat(64) }],
    ['an empty plan', { email: 'ada@example.com', plan: '', signature: 'a'.repeat(64) }],
    ['a missing e-mail', { plan: 'vip', signature: 'a'.repeat(64) }],
    ['a number for a plan', { email: 'ada@example.com', plan: 7, signature: 'a'.repeat(64) }],
  ])('treats %s as anonymous', (_name, identity) => {
    expect(verifyIdentity(site, identity as never)).toBeNull();
  });

  it('treats every visitor as anonymous on a site without an identity secret', () => {
    const { identitySecret: _secret, ...withoutSecret } = site;
    expect(verifyIdentity(withoutSecret, { email: 'ada@example.com', plan: 'vip', signature: sign('ada@example.com', 'vip') })).toBeNull();
  });

  it('treats no identity as anonymous', () => {
    expect(verifyIdentity(site, undefined)).toBeNull();
  });

  it('accepts a signature made outside Node: printf "ada@example.com\\nvip" | openssl dgst -sha256 -hmac key', () => {
    const signature = '3a7b7c4c770471bb738d5474c852b1645f0813b37dd2040217911833680d0424';
    expect(verifyIdentity({ ...site, identitySecret: 'key' }, { email: 'ADA@example.com', plan: 'vip', signature })).toEqual({ email: 'ada@example.com', plan: 'vip' });
  });
});
