import { fileURLToPath } from 'node:url';
import { benchJson, formatBench } from './report';
import { runBench } from './run-bench';

// Wiring only: `npm run bench [-- --json] [-- --no-build]`; the report to stdout, JSON as its last line.
const USAGE = 'usage: npm run bench -- [--json] [--no-build]';
const argv = process.argv.slice(2);
const unknown = argv.filter((arg) => arg !== '--json' && arg !== '--no-build');
if (unknown.length) {
  console.error(`unknown argument ${unknown.join(' ')}\n${USAGE}`);
  process.exit(2);
}
try {
  const result = await runBench({ projectDir: fileURLToPath(new URL('../../', import.meta.url)), build: !argv.includes('--no-build') });
  console.log(formatBench(result));
  if (argv.includes('--json')) console.log(JSON.stringify(benchJson(result)));
} catch (error) {
  console.error(error);
  process.exitCode = 1;
}
