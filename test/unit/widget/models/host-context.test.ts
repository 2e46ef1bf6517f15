import { describe, expect, it, vi } from 'vitest';
import { createHostContext } from '../../../../widget/models/host-context';

const identity = { email: 'ada@example.com', plan: 'vip', signature: 'b'.repeat(64) };

describe('createHostContext', () => {
  it('stores a signed identity and forgets it on identify(null)', () => {
    const host = createHostContext({ warn: vi.fn() });
    host.identify(identity);
    expect(host.identity.value).toEqual(identity);
    host.identify(null);
    expect(host.identity.value).toBeUndefined();
  });

  it('warns once, naming the field, and keeps the identity it had for a malformed one', () => {
    const warn = vi.fn();
    const host = createHostContext({ warn });
    host.identify(identity);
    expect(() => host.identify({ ...identity, email: 42 })).not.toThrow();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toMatch(/identify\(\) ignored: email: /);
    expect(host.identity.value).toEqual(identity);
  });

  it('adds pre-filled fields to the earlier ones, warns about the bad ones and clears on null', () => {
    const warn = vi.fn();
    const host = createHostContext({ warn });
    host.fill({ name: 'Ada', subject: 'Invoice' });
    host.fill({ subject: 'Refund', email: 'no', extra: 1 });
    expect(host.prefill.value).toEqual({ name: 'Ada', subject: 'Refund' });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toContain('email: must be an e-mail address; unknown field extra');
    host.fill(null);
    expect(host.prefill.value).toEqual({});
  });
});
