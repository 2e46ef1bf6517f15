import type { Metrics } from './metrics';
import type { EvalReport } from './run-eval';

type RoundedMetrics = Metrics & { half: Metrics };

const round = (value: number) => Math.round(value * 1000) / 1000;
const rounded = ({ hit1, hit3, mrr }: Metrics): Metrics => ({ hit1: round(hit1), hit3: round(hit3), mrr: round(mrr) });

/**
 * The eval's figures as one JSON-ready object, by locale then engine, each share rounded to three
 * decimals: what CI or a script compares between two runs.
 *
 * @example jsonReport(report); // { en: { ours: { hit1: 0.714, hit3: 0.881, mrr: 0.795, half: {...} }, ... } }
 */
export function jsonReport(report: EvalReport): Record<string, Record<string, RoundedMetrics>> {
  return Object.fromEntries(
    report.locales.map((locale) => [
      locale.locale,
      Object.fromEntries(Object.entries(locale.engines).map(([name, metrics]) => [name, { ...rounded(metrics), half: rounded(metrics.half) }])),
    ]),
  );
}
