import { describe, expect, it } from 'vitest';
import { addDays, dayIn, isRealDay, startOfDay } from '../../../../../server/ratings/report/zoned-day';

describe('startOfDay', () => {
  it('gives midnight in winter and in summer time', () => {
    expect(startOfDay('2026-11-01', 'Europe/Stockholm')).toBe('2026-10-31T23:00:00.000Z');
    expect(startOfDay('2026-07-01', 'Europe/Stockholm')).toBe('2026-06-30T22:00:00.000Z');
  });

  it('takes the offset in force at midnight on the day the clocks change', () => {
    expect(startOfDay('2026-10-25', 'Europe/Stockholm')).toBe('2026-10-24T22:00:00.000Z');
    expect(startOfDay('2026-10-26', 'Europe/Stockholm')).toBe('2026-10-25T23:00:00.000Z');
    // New Zealand leaves summer time at 03:00 on 5 April 2026, after the UTC midnight of that day.
    expect(startOfDay('2026-04-05', 'Pacific/Auckland')).toBe('2026-04-04T11:00:00.000Z');
    expect(startOfDay('2026-04-06', 'Pacific/Auckland')).toBe('2026-04-05T12:00:00.000Z');
  });

  it('works west of Greenwich', () => {
    expect(startOfDay('2026-11-01', 'America/New_York')).toBe('2026-11-01T04:00:00.000Z');
    expect(startOfDay('2026-11-02', 'America/New_York')).toBe('2026-11-02T05:00:00.000Z');
  });
});

describe('dayIn', () => {
  it('names the day an instant falls on in the zone, not in UTC', () => {
    expect(dayIn(new Date('2026-11-30T23:30:00Z'), 'Europe/Stockholm')).toBe('2026-12-01');
    expect(dayIn(new Date('2026-12-01T03:00:00Z'), 'America/New_York')).toBe('2026-11-30');
  });
});

describe('addDays', () => {
  it('steps across month and year ends', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});

describe('isRealDay', () => {
  it('refuses days that do not exist and days before 1970', () => {
    expect(['2026-11-01', '2028-02-29'].map(isRealDay)).toEqual([true, true]);
    expect(['2026-02-29', '2026-13-01', '2026-11-31', '1969-12-31', 'today'].map(isRealDay)).toEqual([false, false, false, false, false]);
  });
});
