import { describe, expect, it } from 'vitest';
import { formatServerBench, serverBenchJson } from '../../../bench/server/format-server-bench';
import type { LoadFigures } from '../../../bench/server/measure-load';
import type { ServerBenchResult } from '../../../bench/server/run-server-bench';

const load = (okPerSecond: number, overrides: Partial<LoadFigures> = {}): LoadFigures => ({
  seconds: 10,
  okPerSecond,
  p50Ms: 1.26,
  p99Ms: 9.04,
  non2xx: 0,
  errors: 0,
  total: okPerSecond * 10,
  ...overrides,
});

const result: ServerBenchResult = {
  seconds: 10,
  connections: 20,
  machine: { loadAverage: 0.42, cores: 2 },
  ceiling: load(20000),
  stores: [
    { kind: 'sqlite', create: load(7000, { non2xx: 3 }), lookup: load(12000) },
    { kind: 'postgres', skipped: 'cannot reach postgres://postgres@127.0.0.1:5432/test (ECONNREFUSED)' },
  ],
};

describe('serverBenchJson', () => {
  it('gives each figure as a share of the ceiling', () => {
    const json = serverBenchJson(result);
    expect(json.sqlite).toEqual({
      create: { okPerSecond: 7000, p50Ms: 1.3, p99Ms: 9, non2xx: 3, errors: 0, total: 70000, ofCeiling: 0.35 },
      lookup: { okPerSecond: 12000, p50Ms: 1.3, p99Ms: 9, non2xx: 0, errors: 0, total: 120000, ofCeiling: 0.6 },
    });
  });

  it('says why a store was skipped instead of giving figures', () => {
    expect(serverBenchJson(result).postgres).toEqual({ skipped: 'cannot reach postgres://postgres@127.0.0.1:5432/test (ECONNREFUSED)' });
  });
});

describe('formatServerBench', () => {
  it('prints the share of the ceiling beside the aim, and a skipped store with its reason', () => {
    const lines = formatServerBench(result).split('\n');
    expect(lines.find((line) => line.includes('SQLite: ticket creation'))).toMatch(/35\.0%\s+\(aim ≥ 30%\)$/);
    expect(lines.find((line) => line.includes('SQLite: status look-up'))).toMatch(/60\.0%\s+\(aim ≥ 50%\)$/);
    expect(lines).toContain('  PostgreSQL: SKIPPED, cannot reach postgres://postgres@127.0.0.1:5432/test (ECONNREFUSED)');
  });
});
