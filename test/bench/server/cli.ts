import { fileURLToPath } from 'node:url';
import { formatServerBench, serverBenchJson } from './format-server-bench';
import { runServerBench } from './run-server-bench';

// Wiring only: the server figures alone, for iterating on the server without the browser half of
// `npm run bench`: `npx tsx test/bench/server/cli.ts [--json] [--seconds=10] [--connections=20]`.
const USAGE = 'usage: npx tsx test/bench/server/cli.ts [--json] [--seconds=<s>] [--connections=<n>]';
const argv = process.argv.slice(2);
const COUNTED = /^--(seconds|connections)=([1-9]\d*)$/;
const unknown = argv.filter((arg) => arg !== '--json' && !COUNTED.test(arg));
if (unknown.length) {
  console.error(`unknown argument ${unknown.join(' ')}\n${USAGE}`);
  process.exit(2);
}
const counted = (name: string) => argv.map((arg) => COUNTED.exec(arg)).find((match) => match?.[1] === name)?.[2];
try {
  const result = await runServerBench({
    projectDir: fileURLToPath(new URL('../../../', import.meta.url)),
    seconds: Number(counted('seconds') ?? 10),
    connections: Number(counted('connections') ?? 20),
  });
  console.log(formatServerBench(result));
  if (argv.includes('--json')) console.log(JSON.stringify(serverBenchJson(result)));
} catch (error) {
  console.error(error);
  process.exitCode = 1;
}
