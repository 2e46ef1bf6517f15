import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../widget/client/api-error';
import { isRetryable, retryDelay } from '../../../../widget/models/send-with-retry';

describe('retryDelay', () => {
  it('doubles from one second and stays at thirty', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 12].map((failures) => retryDelay(failures, undefined))).toEqual([1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000]);
  });

  it('waits as long as the server asked', () => {
    expect(retryDelay(0, 45)).toBe(45_000);
  });
});

describe('isRetryable', () => {
  it('retries what sending again can mend and nothing the server refused', () => {
    const error = (status: number) => new ApiError({ status, type: 'x', detail: '' });
    expect([0, 408, 429, 500, 503].map((status) => isRetryable(error(status)))).toEqual([true, true, true, true, true]);
    expect([400, 403, 404, 422].map((status) => isRetryable(error(status)))).toEqual([false, false, false, false]);
    expect(isRetryable(new TypeError('Failed to fetch dynamically imported module'))).toBe(true);
  });
});
