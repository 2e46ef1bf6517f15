import { describe, expect, it } from 'vitest';
import { editDistance } from '../../../../widget/search/edit-distance';

describe('editDistance', () => {
  it('counts a missing, an extra, a wrong and two swapped letters as one edit each', () => {
    expect(editDistance('pasword', 'password', 2)).toBe(1);
    expect(editDistance('passsword', 'password', 2)).toBe(1);
    expect(editDistance('passwurd', 'password', 2)).toBe(1);
    expect(editDistance('hostnig', 'hosting', 2)).toBe(1);
  });

  it('gives up past the limit', () => {
    expect(editDistance('domain', 'backup', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });

  it('is zero for the same word', () => {
    expect(editDistance('ssl', 'ssl', 1)).toBe(0);
  });
});
