import { describe, expect, it } from 'vitest';
import { formatReport } from '../../../test/eval/format-report';
import type { EvalReport } from '../../../test/eval/run-eval';

const metrics = (hit1: number) => ({ hit1, hit3: 0.9, mrr: 0.85, half: { hit1: 0.25, hit3: 0.5, mrr: 0.4 } });
const report: EvalReport = {
  corpus: 'test/eval/starter',
  total: 12,
  unpublished: [{ locale: 'fi', query: 'salasana', expected: 'x' }],
  locales: [{ locale: 'sv', evaluated: 10, skipped: [{ locale: 'sv', query: 'q', expected: 'gone' }], engines: { ours: metrics(0.8), minisearch: metrics(0.7) } }],
};

describe('formatReport', () => {
  it('shows a row per engine with the full and the half-question figures', () => {
    const text = formatReport(report);
    expect(text).toMatch(/^ours\s+0\.800\s+0\.900\s+0\.850\s+0\.250\s+0\.500\s+0\.400$/m);
    expect(text).toMatch(/^minisearch\s+0\.700\s/m);
  });

  it('counts evaluated and skipped questions', () => {
    const text = formatReport(report);
    expect(text).toContain('12 questions, 10 evaluated, 1 skipped (expected article not in its locale), 1 skipped (locale not published)');
    expect(text).toContain('sv: 10 questions, 1 skipped');
  });

  it('says so when no question could be evaluated', () => {
    expect(formatReport({ ...report, locales: [] })).toContain('No questions could be evaluated.');
  });
});
