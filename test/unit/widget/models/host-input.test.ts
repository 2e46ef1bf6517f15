import { describe, expect, it } from 'vitest';
import { checkIdentity, checkPrefill, checkView } from '../../../../widget/models/host-input';

const signature = 'a'.repeat(64);

describe('checkIdentity', () => {
  it('keeps a well-formed signed identity as it is', () => {
    expect(checkIdentity({ email: 'ada@example.com', plan: 'vip', signature })).toEqual({ value: { email: 'ada@example.com', plan: 'vip', signature }, problems: [] });
  });

  it('reads null and undefined as forgetting the visitor', () => {
    expect(checkIdentity(null)).toEqual({ value: null, problems: [] });
    expect(checkIdentity(undefined)).toEqual({ value: null, problems: [] });
  });

  it('refuses a malformed identity and names every bad field', () => {
    const { value, problems } = checkIdentity({ email: 'not-an-address', plan: '', signature: 'abc' });
    expect(value).toBeUndefined();
    expect(problems.map((problem) => problem.split(':')[0])).toEqual(['email', 'plan', 'signature']);
    expect(problems).toContain('signature: a hex HMAC-SHA256');
  });

  it('names a field the contract does not take', () => {
    expect(checkIdentity({ email: 'ada@example.com', plan: 'vip', signature, admin: true }).problems).toEqual(['unknown field admin']);
  });

  it('refuses what is not an object', () => {
    expect(checkIdentity('ada@example.com')).toEqual({ value: undefined, problems: ['identity: not valid'] });
  });
});

describe('checkPrefill', () => {
  it('keeps the good fields and names the bad ones and the unknown keys', () => {
    const { value, problems } = checkPrefill({ name: ' Ada ', email: 'nope', subject: 'Invoice', colour: 'red', category: 'billing' });
    expect(value).toEqual({ name: 'Ada', subject: 'Invoice', category: 'billing' });
    expect(problems).toEqual(['email: must be an e-mail address', 'unknown field colour']);
  });

  it('refuses a category the contract does not have', () => {
    expect(checkPrefill({ category: 'gossip' })).toEqual({ value: {}, problems: ['category: not valid'] });
  });

  it('reads null as clearing and refuses a non-object', () => {
    expect(checkPrefill(null)).toEqual({ value: null, problems: [] });
    expect(checkPrefill('Ada').problems).toHaveLength(1);
    expect(checkPrefill(['Ada']).value).toEqual({});
  });
});

describe('checkView', () => {
  it('accepts the views a host may open and defaults to the search', () => {
    for (const view of ['search', 'contact', 'form', 'tickets']) expect(checkView(view)).toEqual({ value: view, problems: [] });
    expect(checkView(undefined)).toEqual({ value: 'search', problems: [] });
  });

  it('opens the search instead of a view that needs an article or a ticket, and says why', () => {
    for (const view of ['article', 'ticket', 'sent', 'kontakt', 42]) {
      const { value, problems } = checkView(view);
      expect(value).toBe('search');
      expect(problems[0]).toContain(`unknown view ${JSON.stringify(view)}`);
    }
  });
});
