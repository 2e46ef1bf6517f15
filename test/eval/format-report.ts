import type { EngineMetrics } from './evaluate-locale';
import type { Metrics } from './metrics';
import type { EvalReport } from './run-eval';

const COLUMNS = ['hit@1', 'hit@3', 'MRR@10'];
const WIDTH = 7;
// Rounded as the JSON line rounds, so the table and the JSON never disagree in the last digit.
const figures = (metrics: Metrics) => [metrics.hit1, metrics.hit3, metrics.mrr].map((value) => (Math.round(value * 1000) / 1000).toFixed(3).padStart(WIDTH));

/**
 * The eval's figures as text for a terminal: per locale, one row per engine with hit@1, hit@3 and
 * MRR@10 for the whole question and for its first half as typed, then the question counts.
 *
 * @example console.log(formatReport(await runEval('test/eval/starter')));
 */
export function formatReport(report: EvalReport): string {
  const evaluated = report.locales.reduce((sum, locale) => sum + locale.evaluated, 0);
  const skipped = report.locales.reduce((sum, locale) => sum + locale.skipped.length, 0);
  const lines = [
    `Corpus ${report.corpus}: ${report.total} questions, ${evaluated} evaluated, ${skipped} skipped (expected article not in its locale), ${report.unpublished.length} skipped (locale not published)`,
  ];
  for (const locale of report.locales) {
    const names = Object.keys(locale.engines);
    const width = Math.max(6, ...names.map((name) => name.length)) + 2;
    lines.push(
      '',
      `${locale.locale}: ${locale.evaluated} questions${locale.skipped.length ? `, ${locale.skipped.length} skipped` : ''}`,
      `${''.padEnd(width)}${'  full question'.padEnd(COLUMNS.length * WIDTH + 3)}  first half as typed`,
      `${'engine'.padEnd(width)}${COLUMNS.map((name) => name.padStart(WIDTH)).join('')}   ${COLUMNS.map((name) => name.padStart(WIDTH)).join('')}`,
      ...names.map((name) => {
        const metrics = locale.engines[name] as EngineMetrics;
        return `${name.padEnd(width)}${figures(metrics).join('')}   ${figures(metrics.half).join('')}`;
      }),
    );
  }
  if (report.locales.length === 0) lines.push('', 'No questions could be evaluated.');
  return lines.join('\n');
}
