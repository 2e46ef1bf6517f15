import { formatReport } from './format-report';
import { jsonReport } from './json-report';
import { parseArgs } from './parse-args';
import { runEval } from './run-eval';
import { UsageError } from './usage-error';

// Wiring only: arguments in, eval run, warnings to stderr, report (and JSON last line) to stdout.
try {
  const args = parseArgs(process.argv.slice(2));
  const report = await runEval(args.corpus);
  for (const locale of report.locales) {
    for (const query of locale.skipped) console.warn(`warning: ${locale.locale}: no article "${query.expected}" for ${JSON.stringify(query.query)}; skipped`);
  }
  for (const locale of new Set(report.unpublished.map((query) => query.locale))) {
    const count = report.unpublished.filter((query) => query.locale === locale).length;
    console.warn(`warning: ${locale}: no articles published in this locale; its ${count} questions skipped`);
  }
  console.log(formatReport(report));
  if (args.json) console.log(JSON.stringify(jsonReport(report)));
} catch (error) {
  console.error(error instanceof UsageError ? error.message : error);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}
