import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../test/eval/parse-args';
import { UsageError } from '../../../test/eval/usage-error';

describe('parseArgs', () => {
  it('reads the corpus folder and the json flag', () => {
    expect(parseArgs(['--corpus', 'test/eval/starter', '--json'])).toEqual({ corpus: 'test/eval/starter', json: true });
  });

  it('accepts --corpus=DIR', () => {
    expect(parseArgs(['--corpus=../shared/eval/swefaq'])).toEqual({ corpus: '../shared/eval/swefaq', json: false });
  });

  it('rejects a missing --corpus with a usage error', () => {
    expect(() => parseArgs(['--json'])).toThrow(UsageError);
    expect(() => parseArgs(['--json'])).toThrow(/--corpus is required/);
  });

  it('rejects --corpus without a folder', () => {
    expect(() => parseArgs(['--corpus', '--json'])).toThrow(/--corpus needs a folder/);
    expect(() => parseArgs(['--corpus'])).toThrow(/--corpus needs a folder/);
  });

  it('names an unknown argument', () => {
    expect(() => parseArgs(['--corpus', 'x', '--verbose'])).toThrow(/unknown argument "--verbose"/);
  });
});
