import type { LoadFigures } from './measure-load';
import type { ServerBenchResult, StoreFigures } from './run-server-bench';
import type { StoreKind } from '../../support/temp-database';

const STORE_NAMES = { sqlite: 'SQLite', postgres: 'PostgreSQL' } as const;
/** The share of the ceiling issue 3 aims at; printed beside the figure, never asserted. */
export const AIMS = { create: 0.3, lookup: 0.5 } as const;

const LABEL = 52;
const num = (n: number, width: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }).padStart(width);
const percent = (ratio: number) => `${(ratio * 100).toFixed(1)}%`.padStart(11);
const round1 = (n: number) => Math.round(n * 10) / 10;

const row = (label: string, figures: LoadFigures, ceiling: LoadFigures, aim?: number) =>
  `  ${label.padEnd(LABEL)}${num(figures.okPerSecond, 9)}${num(figures.p50Ms, 9, 1)}${num(figures.p99Ms, 9, 1)}${num(figures.non2xx, 9)}${num(figures.errors, 8)}` +
  `${percent(figures.okPerSecond / ceiling.okPerSecond)}${aim === undefined ? '' : `   (aim ≥ ${aim * 100}%)`}`;

const storeRows = (store: StoreFigures, ceiling: LoadFigures) => {
  const name = STORE_NAMES[store.kind];
  if (store.failed) return [`  ${name}: FAILED, ${store.failed.trim().replaceAll('\n', '\n    ')}`];
  if (store.skipped || !store.create || !store.lookup) return [`  ${name}: SKIPPED, ${store.skipped ?? 'not measured'}`];
  return [
    row(`${name}: ticket creation  POST /api/tickets`, store.create, ceiling, AIMS.create),
    row(`${name}: status look-up   GET /api/tickets/:ref`, store.lookup, ceiling, AIMS.lookup),
  ];
};

/**
 * The server figures as text for a terminal.
 *
 * @example console.log(formatServerBench(await runServerBench({ projectDir })));
 */
export function formatServerBench(result: ServerBenchResult): string {
  return [
    `Server throughput, autocannon on loopback: ${result.connections} connections, ${result.seconds} s each; servers are child processes`,
    `  (load average ${result.machine.loadAverage.toFixed(1)} on ${result.machine.cores} cores at the start; 2xx/s counts only successful answers)`,
    `  ${''.padEnd(LABEL)}${'2xx/s'.padStart(9)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'non-2xx'.padStart(9)}${'errors'.padStart(8)}${'of ceiling'.padStart(11)}`,
    row('ceiling: bare node:http, fixed JSON body', result.ceiling, result.ceiling),
    ...result.stores.flatMap((store) => storeRows(store, result.ceiling)),
  ].join('\n');
}

const figuresJson = (figures: LoadFigures, ceiling: LoadFigures) => ({
  okPerSecond: Math.round(figures.okPerSecond),
  p50Ms: round1(figures.p50Ms),
  p99Ms: round1(figures.p99Ms),
  non2xx: figures.non2xx,
  errors: figures.errors,
  total: figures.total,
  ofCeiling: Math.round((figures.okPerSecond / ceiling.okPerSecond) * 1000) / 1000,
});

/**
 * The server figures as one JSON-ready object (rates per second, times ms to 0.1, ratios to 0.001).
 *
 * @example console.log(JSON.stringify(serverBenchJson(result)));
 */
export function serverBenchJson(result: ServerBenchResult) {
  const store = (kind: StoreKind) => {
    const figures = result.stores.find((candidate) => candidate.kind === kind);
    if (figures?.failed) return { failed: figures.failed };
    if (!figures?.create || !figures.lookup) return { skipped: figures?.skipped ?? 'not measured' };
    return { create: figuresJson(figures.create, result.ceiling), lookup: figuresJson(figures.lookup, result.ceiling) };
  };
  return {
    seconds: result.seconds,
    connections: result.connections,
    machine: { loadAverage: round1(result.machine.loadAverage), cores: result.machine.cores },
    ceiling: figuresJson(result.ceiling, result.ceiling),
    sqlite: store('sqlite'),
    postgres: store('postgres'),
  };
}
