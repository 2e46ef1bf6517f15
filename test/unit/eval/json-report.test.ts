import { describe, expect, it } from 'vitest';
import { jsonReport } from '../../../test/eval/json-report';

describe('jsonReport', () => {
  it('nests figures by locale then engine, rounded to three decimals', () => {
    const metrics = { hit1: 1 / 3, hit3: 2 / 3, mrr: 0.5, half: { hit1: 0, hit3: 0.12345, mrr: 0.0005 } };
    const report = { corpus: 'c', total: 3, unpublished: [], locales: [{ locale: 'sv', evaluated: 3, skipped: [], engines: { ours: metrics } }] };
    expect(jsonReport(report)).toEqual({ sv: { ours: { hit1: 0.333, hit3: 0.667, mrr: 0.5, half: { hit1: 0, hit3: 0.123, mrr: 0.001 } } } });
  });
});
