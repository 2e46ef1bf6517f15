import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyPart } from '../../../../widget/models/lazy-part';

/** A fake dynamic import the test settles by hand. */
function fakeImport<T>() {
  const calls: { resolve(value: T): void; reject(error: unknown): void }[] = [];
  const importPart = vi.fn(() => new Promise<T>((resolve, reject) => calls.push({ resolve, reject })));
  return { importPart, calls };
}

describe('lazyPart', () => {
  afterEach(() => vi.restoreAllMocks());

  it('imports nothing until it is asked for, then says it is loading', () => {
    const { importPart } = fakeImport<string>();
    const part = lazyPart(importPart);
    expect(part.state.value).toEqual({ status: 'idle' });
    expect(importPart).not.toHaveBeenCalled();
    void part.load();
    expect(part.state.value).toEqual({ status: 'loading' });
  });

  it('imports once however often it is asked for, and hands every caller the part', async () => {
    const { importPart, calls } = fakeImport<string>();
    const part = lazyPart(importPart);
    const first = part.load();
    const second = part.load();
    await Promise.resolve();
    calls[0]!.resolve('tickets');
    expect(await first).toBe('tickets');
    expect(await second).toBe('tickets');
    expect(await part.load()).toBe('tickets');
    expect(importPart).toHaveBeenCalledTimes(1);
    expect(part.state.value).toEqual({ status: 'ready', value: 'tickets' });
    expect(part.current()).toBe('tickets');
  });

  it('keeps a failed import as an error without rejecting, and tries again on the next call', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { importPart, calls } = fakeImport<string>();
    const part = lazyPart(importPart);
    const failed = part.load();
    await Promise.resolve();
    const error = new TypeError('Failed to fetch dynamically imported module');
    calls[0]!.reject(error);
    expect(await failed).toBeUndefined();
    expect(part.state.value).toEqual({ status: 'error', error });
    expect(part.current()).toBeUndefined();

    const retried = part.load();
    expect(part.state.value).toEqual({ status: 'loading' });
    await Promise.resolve();
    calls[1]!.resolve('tickets');
    expect(await retried).toBe('tickets');
    expect(importPart).toHaveBeenCalledTimes(2);
  });

  it('turns an import that throws at once into an error too', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const part = lazyPart<string>(() => {
      throw new Error('no chunk');
    });
    expect(await part.load()).toBeUndefined();
    expect(part.state.value.status).toBe('error');
  });
});
