import { describe, expect, it } from 'vitest';
import { addOpenSeconds, isOpen, nextOpening, openSecondsBetween, type Schedule } from '../../../../server/channels/opening-hours';

const WEEKDAYS = ['09:00-17:00'];
const office: Schedule = {
  hours: { mon: WEEKDAYS, tue: WEEKDAYS, wed: WEEKDAYS, thu: WEEKDAYS, fri: WEEKDAYS },
  holidays: [],
  timeZone: 'Europe/Stockholm',
};
const at = (iso: string) => new Date(iso);
const iso = (date: Date | null) => date?.toISOString() ?? null;

describe('opening hours across the spring change (Stockholm, 29 March 2026)', () => {
  it('opens at 08:00 UTC on the Friday before, in winter time', () => {
    expect(isOpen(office, at('2026-03-27T07:59:59Z'))).toBe(false);
    expect(isOpen(office, at('2026-03-27T08:00:00Z'))).toBe(true);
    expect(isOpen(office, at('2026-03-27T15:59:59Z'))).toBe(true);
    expect(isOpen(office, at('2026-03-27T16:00:00Z'))).toBe(false);
  });

  it('opens next at 07:00 UTC on the Monday after, in summer time', () => {
    expect(iso(nextOpening(office, at('2026-03-27T16:00:00Z')))).toBe('2026-03-30T07:00:00.000Z');
    expect(isOpen(office, at('2026-03-30T14:59:59Z'))).toBe(true);
    expect(isOpen(office, at('2026-03-30T15:00:00Z'))).toBe(false);
  });

  it('counts eight open hours on each of the two days, none over the weekend', () => {
    expect(openSecondsBetween(office, at('2026-03-27T00:00:00Z'), at('2026-03-31T00:00:00Z'))).toBe(16 * 3600);
  });

  it('counts the short Sunday of an always-open channel as 23 hours', () => {
    const always: Schedule = { holidays: [], timeZone: 'Europe/Stockholm' };
    expect(openSecondsBetween(always, at('2026-03-28T23:00:00Z'), at('2026-03-29T22:00:00Z'))).toBe(23 * 3600);
  });

  it('moves a span that starts in the skipped hour to the end of the gap', () => {
    const night: Schedule = { hours: { sun: ['02:30-04:00'] }, holidays: [], timeZone: 'Europe/Stockholm' };
    expect(iso(nextOpening(night, at('2026-03-28T12:00:00Z')))).toBe('2026-03-29T01:30:00.000Z');
    expect(openSecondsBetween(night, at('2026-03-28T12:00:00Z'), at('2026-03-30T00:00:00Z'))).toBe(1800);
  });
});

describe('opening hours across the autumn change (Stockholm, 25 October 2026)', () => {
  it('opens at 07:00 UTC on the Friday before, in summer time', () => {
    expect(iso(nextOpening(office, at('2026-10-23T05:00:00Z')))).toBe('2026-10-23T07:00:00.000Z');
    expect(isOpen(office, at('2026-10-23T14:59:59Z'))).toBe(true);
    expect(isOpen(office, at('2026-10-23T15:00:00Z'))).toBe(false);
  });

  it('opens next at 08:00 UTC on the Monday after, in winter time', () => {
    expect(iso(nextOpening(office, at('2026-10-23T15:00:00Z')))).toBe('2026-10-26T08:00:00.000Z');
    expect(isOpen(office, at('2026-10-26T07:59:59Z'))).toBe(false);
    expect(isOpen(office, at('2026-10-26T15:59:59Z'))).toBe(true);
    expect(isOpen(office, at('2026-10-26T16:00:00Z'))).toBe(false);
  });

  it('counts the long Sunday of an always-open channel as 25 hours', () => {
    const always: Schedule = { holidays: [], timeZone: 'Europe/Stockholm' };
    expect(openSecondsBetween(always, at('2026-10-24T22:00:00Z'), at('2026-10-25T23:00:00Z'))).toBe(25 * 3600);
  });

  it('carries a wait left over on Friday into Monday, one hour later in UTC', () => {
    expect(iso(addOpenSeconds(office, at('2026-10-23T14:00:00Z'), 2 * 3600))).toBe('2026-10-26T09:00:00.000Z');
  });
});

describe('opening hours on holidays', () => {
  // Ascension Day, Thursday 14 May 2026.
  const withHoliday: Schedule = { ...office, holidays: ['2026-05-14'] };

  it('stays closed all day on a holiday', () => {
    expect(isOpen(withHoliday, at('2026-05-14T10:00:00Z'))).toBe(false);
    expect(isOpen(office, at('2026-05-14T10:00:00Z'))).toBe(true);
  });

  it('opens next on the following working day', () => {
    expect(iso(nextOpening(withHoliday, at('2026-05-13T16:00:00Z')))).toBe('2026-05-15T07:00:00.000Z');
  });

  it('counts no open time on the holiday', () => {
    expect(openSecondsBetween(withHoliday, at('2026-05-13T00:00:00Z'), at('2026-05-16T00:00:00Z'))).toBe(16 * 3600);
  });

  it('closes a channel without hours on a holiday too', () => {
    const always: Schedule = { holidays: ['2026-12-24'], timeZone: 'Europe/Stockholm' };
    expect(isOpen(always, at('2026-12-24T12:00:00Z'))).toBe(false);
    expect(iso(nextOpening(always, at('2026-12-24T12:00:00Z')))).toBe('2026-12-24T23:00:00.000Z');
  });
});

describe('opening hours without hours, with 24:00 and with none', () => {
  it('is always open when no hours are set', () => {
    const always: Schedule = { holidays: [], timeZone: 'Europe/Stockholm' };
    expect(isOpen(always, at('2026-03-29T01:30:00Z'))).toBe(true);
    expect(isOpen(always, at('2026-12-27T03:00:00Z'))).toBe(true);
    expect(nextOpening(always, at('2026-12-27T03:00:00Z'))).toBeNull();
    expect(iso(addOpenSeconds(always, at('2026-12-27T03:00:00Z'), 90))).toBe('2026-12-27T03:01:30.000Z');
  });

  it('stays open to midnight with a 24:00 end, and through it into a span from 00:00', () => {
    const evenings: Schedule = { hours: { mon: ['18:00-24:00'], tue: ['00:00-06:00'] }, holidays: [], timeZone: 'Europe/Stockholm' };
    expect(isOpen(evenings, at('2026-11-23T22:59:59Z'))).toBe(true);
    expect(isOpen(evenings, at('2026-11-23T23:00:00Z'))).toBe(true);
    expect(isOpen(evenings, at('2026-11-24T05:00:00Z'))).toBe(false);
    expect(openSecondsBetween(evenings, at('2026-11-23T00:00:00Z'), at('2026-11-25T00:00:00Z'))).toBe(12 * 3600);
    expect(iso(addOpenSeconds(evenings, at('2026-11-23T22:00:00Z'), 2 * 3600))).toBe('2026-11-24T00:00:00.000Z');
  });

  it('closes at midnight with a 24:00 end and nothing the next day', () => {
    const fridays: Schedule = { hours: { fri: ['20:00-24:00'] }, holidays: [], timeZone: 'Europe/Stockholm' };
    expect(isOpen(fridays, at('2026-11-27T22:59:59Z'))).toBe(true);
    expect(isOpen(fridays, at('2026-11-27T23:00:00Z'))).toBe(false);
    expect(iso(nextOpening(fridays, at('2026-11-27T23:00:00Z')))).toBe('2026-12-04T19:00:00.000Z');
  });

  it('never opens when every day is left out', () => {
    const never: Schedule = { hours: {}, holidays: [], timeZone: 'Europe/Stockholm' };
    expect(isOpen(never, at('2026-11-23T10:00:00Z'))).toBe(false);
    expect(nextOpening(never, at('2026-11-23T10:00:00Z'))).toBeNull();
    expect(addOpenSeconds(never, at('2026-11-23T10:00:00Z'), 60)).toBeNull();
  });

  it('waits until the next opening for a zero wait while closed', () => {
    expect(iso(addOpenSeconds(office, at('2026-11-28T10:00:00Z'), 0))).toBe('2026-11-30T08:00:00.000Z');
  });

  it('ends a wait at closing time when it fills the day exactly', () => {
    expect(iso(addOpenSeconds(office, at('2026-11-27T08:00:00Z'), 8 * 3600))).toBe('2026-11-27T16:00:00.000Z');
  });
});
