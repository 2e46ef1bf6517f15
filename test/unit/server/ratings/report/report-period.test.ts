import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../../../../server/ratings/report/report-period';

const now = new Date('2026-11-30T23:30:00Z'); // 1 December, 00:30 in Stockholm

describe('parsePeriod', () => {
  it('spans whole days in the zone, the last one included', () => {
    expect(parsePeriod({ from: '2026-11-01', to: '2026-11-30' }, 'Europe/Stockholm', now)).toEqual({
      ok: true,
      period: { from: '2026-11-01', to: '2026-11-30', start: '2026-10-31T23:00:00.000Z', end: '2026-11-30T23:00:00.000Z' },
    });
  });

  it('ends today in the zone and starts 29 days before when no dates are given', () => {
    const parsed = parsePeriod({}, 'Europe/Stockholm', now);
    expect(parsed).toMatchObject({ ok: true, period: { from: '2026-11-02', to: '2026-12-01' } });
  });

  it('takes 30 days up to a given end', () => {
    expect(parsePeriod({ to: '2026-03-01' }, 'Europe/Stockholm', now)).toMatchObject({ ok: true, period: { from: '2026-01-31', to: '2026-03-01' } });
  });

  it('names each date that is not a real day', () => {
    expect(parsePeriod({ from: '2026-02-30', to: '2026-13-01' }, 'Europe/Stockholm', now)).toEqual({
      ok: false,
      errors: [
        { field: 'from', message: 'must be a date such as 2026-11-01' },
        { field: 'to', message: 'must be a date such as 2026-11-01' },
      ],
    });
  });

  it('refuses a start after the end', () => {
    expect(parsePeriod({ from: '2026-11-02', to: '2026-11-01' }, 'Europe/Stockholm', now)).toEqual({ ok: false, errors: [{ field: 'from', message: 'must not be after to' }] });
  });
});
