import { Index } from 'flexsearch';
import { describe, expect, it } from 'vitest';
// The build the widget bundle ships (vite.config.ts aliases 'flexsearch' to it in the browser).
// @ts-expect-error: a file of the package without type declarations of its own
import { Index as LightIndex } from '../../../../node_modules/flexsearch/dist/flexsearch.light.module.min.js';
import { importIndex } from '../../../../widget/search/import-index';

function exported() {
  const full = new Index({ tokenize: 'forward', encode: (text: string) => text.split(' ') });
  full.add(0, 'reset password');
  full.add(1, 'passwords settings');
  full.add(2, 'invoice');
  const parts: Record<string, unknown> = {};
  full.export((key: string, data: string) => {
    parts[key] = JSON.parse(data);
  });
  return parts;
}

describe('importIndex', () => {
  it('loads a full-build export into the light build the widget ships, which then finds prefixes', () => {
    const light = new LightIndex({ tokenize: 'forward', encode: (term: string) => [term] }) as Index;
    importIndex(light, exported());
    expect(light.search('pass', { limit: 10 })).toEqual([1, 0]);
    expect(light.search('inv', { limit: 10 })).toEqual([2]);
    expect(light.search('nothing', { limit: 10 })).toEqual([]);
  });

  it('refuses parts it does not know, so a changed export format fails loudly', () => {
    const index = new Index();
    expect(() => importIndex(index, { '1.ctx': [] })).toThrow(/publish the articles again/);
    expect(() => importIndex(index, { '1.map': 'x' })).toThrow(/not a list/);
  });
});
