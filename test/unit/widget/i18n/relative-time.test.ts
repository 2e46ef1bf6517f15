import { describe, expect, it } from 'vitest';
import { relativeTime } from '../../../../widget/i18n/relative-time';

const now = new Date('2026-12-01T12:00:00Z');
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

describe('relativeTime', () => {
  it('says how long ago in the largest unit that fits', () => {
    expect(relativeTime(ago(20), now, 'en')).toBe('now');
    expect(relativeTime(ago(5 * 60), now, 'en')).toBe('5 minutes ago');
    expect(relativeTime(ago(2 * 3600), now, 'en')).toBe('2 hours ago');
    expect(relativeTime(ago(86_400), now, 'en')).toBe('yesterday');
    expect(relativeTime(ago(14 * 86_400), now, 'en')).toBe('2 weeks ago');
  });

  it('says it in the visitor’s language', () => {
    expect(relativeTime(ago(3 * 3600), now, 'sv')).toBe('för 3 timmar sedan');
    expect(relativeTime(ago(60), now, 'nl')).toBe('1 minuut geleden');
    expect(relativeTime(ago(2 * 86_400), now, 'da')).toBe('i forgårs');
  });
});
