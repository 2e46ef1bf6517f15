import { describe, expect, it } from 'vitest';
import { wallClock, wallToInstant } from '../../../../server/channels/zoned-time';

const ZONE = 'Europe/Stockholm';
const instantOf = (wall: number) => new Date(wallToInstant(wall, ZONE)).toISOString();

describe('wallClock', () => {
  it('reads the local time in summer and in winter', () => {
    expect(new Date(wallClock(Date.parse('2026-07-01T10:00:00Z'), ZONE)).toISOString()).toBe('2026-07-01T12:00:00.000Z');
    expect(new Date(wallClock(Date.parse('2026-01-15T23:30:00Z'), ZONE)).toISOString()).toBe('2026-01-16T00:30:00.000Z');
  });
});

describe('wallToInstant', () => {
  it('turns local times into UTC with the offset of their season', () => {
    expect(instantOf(Date.UTC(2026, 6, 1, 12, 0))).toBe('2026-07-01T10:00:00.000Z');
    expect(instantOf(Date.UTC(2026, 0, 16, 0, 30))).toBe('2026-01-15T23:30:00.000Z');
  });

  it('takes the first of a time that happens twice when clocks go back', () => {
    expect(instantOf(Date.UTC(2026, 9, 25, 2, 30))).toBe('2026-10-25T00:30:00.000Z');
  });

  it('moves a time that never happens when clocks go forward on by the hour skipped', () => {
    expect(instantOf(Date.UTC(2026, 2, 29, 2, 30))).toBe('2026-03-29T01:30:00.000Z');
  });

  it('keeps to zones west of UTC and on the half hour', () => {
    expect(new Date(wallToInstant(Date.UTC(2026, 2, 8, 9, 0), 'America/New_York')).toISOString()).toBe('2026-03-08T13:00:00.000Z');
    expect(new Date(wallToInstant(Date.UTC(2026, 0, 1, 9, 0), 'Asia/Kolkata')).toISOString()).toBe('2026-01-01T03:30:00.000Z');
  });
});
