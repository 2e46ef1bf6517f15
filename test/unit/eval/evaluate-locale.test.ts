import { describe, expect, it } from 'vitest';
import type { SearchEngine } from '../../../test/eval/engines/search-engine';
import { evaluateLocale } from '../../../test/eval/evaluate-locale';

const slugs = ['smtp', 'imap', 'ftp'];
/** An engine whose answers are fixed per query text, to check the scoring alone. */
const fixed = (name: string, answers: Record<string, number[]>): SearchEngine => ({ name, search: (query) => answers[query] ?? [] });

describe('evaluateLocale', () => {
  it('scores each engine on the full question and on its first half', () => {
    const engine = fixed('e', { 'outgoing port': [0], 'outgoin': [1, 0] });
    const result = evaluateLocale('en', [engine], slugs, [{ locale: 'en', query: 'outgoing port', expected: 'smtp' }]);
    expect(result.engines.e).toEqual({ hit1: 1, hit3: 1, mrr: 1, half: { hit1: 0, hit3: 1, mrr: 0.5 } });
  });

  it('skips a question whose expected article is not in the locale', () => {
    const missing = { locale: 'en', query: 'dns', expected: 'dns-records' };
    const result = evaluateLocale('en', [fixed('e', {})], slugs, [missing, { locale: 'en', query: 'ftp', expected: 'ftp' }]);
    expect(result.evaluated).toBe(1);
    expect(result.skipped).toEqual([missing]);
  });

  it('keeps the engines in the order given', () => {
    const result = evaluateLocale('en', [fixed('b', {}), fixed('a', {})], slugs, []);
    expect(Object.keys(result.engines)).toEqual(['b', 'a']);
  });
});
