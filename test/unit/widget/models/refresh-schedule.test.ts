import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { scheduleRefresh, type PageVisibility } from '../../../../widget/models/refresh-schedule';

function fakeVisibility(hidden = false) {
  let listener: (() => void) | undefined;
  const visibility: PageVisibility & { set(hidden: boolean): void } = {
    hidden: () => hidden,
    onChange: (next) => ((listener = next), () => (listener = undefined)),
    set(next) {
      hidden = next;
      listener?.();
    },
  };
  return visibility;
}

describe('scheduleRefresh', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('refreshes at once and then every interval while the page is visible', () => {
    const refresh = vi.fn();
    scheduleRefresh(refresh, fakeVisibility(), 60_000);
    expect(refresh).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(59_999);
    expect(refresh).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(refresh).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(120_000);
    expect(refresh).toHaveBeenCalledTimes(4);
  });

  it('asks nothing while the page is hidden, and refreshes as soon as it is shown again', () => {
    const refresh = vi.fn();
    const visibility = fakeVisibility(true);
    scheduleRefresh(refresh, visibility, 60_000);
    vi.advanceTimersByTime(600_000);
    expect(refresh).not.toHaveBeenCalled();
    visibility.set(false);
    expect(refresh).toHaveBeenCalledTimes(1);
    visibility.set(true);
    vi.advanceTimersByTime(600_000);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('stops refreshing and listening once stopped', () => {
    const refresh = vi.fn();
    const visibility = fakeVisibility();
    const stop = scheduleRefresh(refresh, visibility, 60_000);
    stop();
    vi.advanceTimersByTime(600_000);
    visibility.set(false);
    expect(refresh).toHaveBeenCalledTimes(1);
  });
});
