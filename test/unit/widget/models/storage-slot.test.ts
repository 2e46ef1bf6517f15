import { describe, expect, it } from 'vitest';
import { storageSlot } from '../../../../widget/models/storage-slot';
import { memoryStorage } from '../support/memory-storage';

const denied = () => {
  throw new Error('SecurityError: access denied');
};

describe('storageSlot', () => {
  it('reads back what it wrote, as text and as JSON', () => {
    const storage = memoryStorage();
    const slot = storageSlot(storage, 'support-widget:test');
    slot.setJson({ a: [1, 2] });
    expect(slot.getJson()).toEqual({ a: [1, 2] });
    slot.set('plain');
    expect(slot.get()).toBe('plain');
    expect(storage.items.get('support-widget:test')).toBe('plain');
  });

  it('removes the key when given undefined', () => {
    const storage = memoryStorage({ 'support-widget:test': '[1]' });
    storageSlot(storage, 'support-widget:test').setJson(undefined);
    expect(storage.items.has('support-widget:test')).toBe(false);
  });

  it('answers undefined for a missing key and for JSON that does not parse', () => {
    const storage = memoryStorage({ broken: '{not json' });
    expect(storageSlot(storage, 'missing').getJson()).toBeUndefined();
    expect(storageSlot(storage, 'broken').getJson()).toBeUndefined();
    expect(storageSlot(storage, 'broken').get()).toBe('{not json');
  });

  it('never throws on blocked or missing storage', () => {
    const blocked = storageSlot({ getItem: denied, setItem: denied, removeItem: denied }, 'k');
    expect(blocked.get()).toBeUndefined();
    expect(blocked.getJson()).toBeUndefined();
    expect(() => (blocked.set('v'), blocked.setJson(undefined))).not.toThrow();
    const none = storageSlot(undefined, 'k');
    expect(() => none.setJson({})).not.toThrow();
    expect(none.get()).toBeUndefined();
  });
});
