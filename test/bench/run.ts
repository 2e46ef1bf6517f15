import { fileURLToPath } from 'node:url';
import { benchJson, formatBench } from './report';
import { runBench } from './run-bench';

// Wiring only: `npm run bench [-- --json] [-- --no-build] [-- --server-seconds=10 --server-connections=20]`;
// the report to stdout, JSON as its last line.
const USAGE = 'usage: npm run bench -- [--json] [--no-build] [--server-seconds=<s>] [--server-connections=<n>]';
const argv = process.argv.slice(2);
const COUNTED = /^--server-(seconds|connections)=([1-9]\d*)$/;
const unknown = argv.filter((arg) => arg !== '--json' && arg !== '--no-build' && !COUNTED.test(arg));
if (unknown.length) {
  console.error(`unknown argument ${unknown.join(' ')}\n${USAGE}`);
  process.exit(2);
}
const counted = (name: string) => argv.map((arg) => COUNTED.exec(arg)).find((match) => match?.[1] === name)?.[2];
const server = { seconds: Number(counted('seconds') ?? 10), connections: Number(counted('connections') ?? 20) };
try {
  const result = await runBench({ projectDir: fileURLToPath(new URL('../../', import.meta.url)), build: !argv.includes('--no-build'), server });
  console.log(formatBench(result));
  if (argv.includes('--json')) console.log(JSON.stringify(benchJson(result)));
} catch (error) {
  console.error(error);
  process.exitCode = 1;
}
