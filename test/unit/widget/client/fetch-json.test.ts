import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fetchJson, HttpError } from '../../../../widget/client/fetch-json';

const answer = (status: number, body: unknown = {}) => new Response(JSON.stringify(body), { status });

describe('fetchJson', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('tries again after a server error and a network failure, then returns the JSON', async () => {
    const fetch = vi.fn().mockResolvedValueOnce(answer(503)).mockRejectedValueOnce(new TypeError('Failed to fetch')).mockResolvedValueOnce(answer(200, { ok: 1 }));
    vi.stubGlobal('fetch', fetch);
    const result = fetchJson('https://help.example.com/articles/manifest.json');
    await vi.runAllTimersAsync();
    await expect(result).resolves.toEqual({ ok: 1 });
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it('does not retry a missing file', async () => {
    const fetch = vi.fn().mockResolvedValue(answer(404));
    vi.stubGlobal('fetch', fetch);
    await expect(fetchJson('https://help.example.com/articles/x.json')).rejects.toEqual(new HttpError('https://help.example.com/articles/x.json', 404));
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('gives up after three attempts', async () => {
    const fetch = vi.fn().mockResolvedValue(answer(500));
    vi.stubGlobal('fetch', fetch);
    const result = fetchJson('https://help.example.com/articles/manifest.json').catch((error: unknown) => error);
    await vi.runAllTimersAsync();
    expect(await result).toBeInstanceOf(HttpError);
    expect(fetch).toHaveBeenCalledTimes(3);
  });
});
