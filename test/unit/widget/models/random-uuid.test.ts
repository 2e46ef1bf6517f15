import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { randomUuid } from '../../../../widget/models/random-uuid';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('randomUuid', () => {
  it('makes a random UUID where randomUUID is missing (plain http pages)', () => {
    const insecure = { getRandomValues: <T extends ArrayBufferView | null>(array: T) => webcrypto.getRandomValues(array as never) as T };
    const keys = new Set([randomUuid(insecure), randomUuid(insecure)]);
    expect(keys.size).toBe(2);
    for (const key of keys) expect(key).toMatch(UUID_V4);
  });

  it('uses randomUUID where the page has it', () => {
    expect(randomUuid({ getRandomValues: () => null as never, randomUUID: () => 'from-randomUUID' })).toBe('from-randomUUID');
  });
});
