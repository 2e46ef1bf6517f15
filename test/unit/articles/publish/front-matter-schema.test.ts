import { describe, expect, it } from 'vitest';
import { FrontMatter } from '../../../../articles/publish/front-matter-schema';

const fields = { title: 'T', summary: 'S', category: 'Billing', updated: '2026-05-01' };

describe('FrontMatter', () => {
  it('fills in the optional fields', () => {
    expect(FrontMatter.parse(fields)).toEqual({ ...fields, tags: [], featured: false });
  });

  it('accepts a YAML date object as the day it names', () => {
    expect(FrontMatter.parse({ ...fields, updated: new Date('2026-10-14T00:00:00Z') }).updated).toBe('2026-10-14');
  });

  it('refuses dates that are not on the calendar', () => {
    for (const updated of ['2026-02-30', '2026-13-01', '2026-5-1', new Date('nope')]) {
      expect(FrontMatter.safeParse({ ...fields, updated }).success).toBe(false);
    }
  });

  it('refuses empty tags', () => {
    expect(FrontMatter.safeParse({ ...fields, tags: ['email', ' '] }).error?.issues[0]?.path).toEqual(['tags', 1]);
  });
});
