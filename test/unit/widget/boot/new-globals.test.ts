import { afterEach, describe, expect, it } from 'vitest';
import { newGlobals } from '../../../../widget/boot/new-globals';

const scope = globalThis as Record<string, unknown>;

describe('newGlobals', () => {
  afterEach(() => {
    delete scope.__addedByADependency;
  });

  it('lists a global created after the module was evaluated', () => {
    scope.__addedByADependency = 1;
    expect(newGlobals()).toContain('__addedByADependency');
  });

  it('never lists a global that was there before', () => {
    expect(newGlobals()).not.toContain('setTimeout');
    expect(newGlobals()).not.toContain('console');
  });
});
