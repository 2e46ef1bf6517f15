import { describe, expect, it } from 'vitest';
import { benchJson } from '../../../test/bench/report';
import type { BenchResult } from '../../../test/bench/run-bench';

const figures = { count: 3, median: 4.44, p95: 9.96 };
const latency = { rendered: figures, commit: figures, nextFrame: { ...figures, count: 5 }, unchanged: 2 };
const result: BenchResult = {
  loaderGzip: 2800,
  firstOpen: [
    { path: '/widget/widget.js', kind: 'loader', bytes: 9000, gzip: 2800 },
    { path: '/widget/app.abc12345.js', kind: 'script', bytes: 90000, gzip: 40000 },
    { path: '/articles/en/index.0123456789.json', kind: 'index', bytes: 100000, gzip: 27000 },
  ],
  appStatic: [{ file: 'app.abc12345.js', gzip: 40000 }],
  shipped: { indexes: [{ locale: 'en', articles: 50, indexGzip: 25000, docsGzip: 6000 }], latency },
  contact: { contactFiles: [], formFiles: null, cpuThrottle: 4, contactMs: figures, formMs: null },
  generated: { articles: 5000, publishMs: 9876.5, indexes: [{ locale: 'en', articles: 5000, indexGzip: 500000, docsGzip: 200000 }], latency },
  server: {
    seconds: 10,
    connections: 20,
    machine: { loadAverage: 0.5, cores: 2 },
    ceiling: { seconds: 10, okPerSecond: 20000, p50Ms: 0.8, p99Ms: 2, non2xx: 0, errors: 0, total: 200000 },
    stores: [{ kind: 'postgres', skipped: 'cannot reach postgres://127.0.0.1:5432/test' }],
  },
};

describe('benchJson', () => {
  it('leaves the index out of the first-open total and reports it apart', () => {
    const json = benchJson(result);
    expect(json.firstOpenGzip).toBe(42800);
    expect(json.firstOpenIndexGzip).toBe(27000);
  });

  it('gives the index size per article', () => {
    expect(benchJson(result).indexes.en).toEqual({ articles: 50, indexGzip: 25000, perArticleGzip: 500, docsGzip: 6000 });
  });

  it('includes the server figures', () => {
    expect(benchJson(result).server).toMatchObject({ ceiling: { okPerSecond: 20000 }, postgres: { skipped: 'cannot reach postgres://127.0.0.1:5432/test' } });
  });

  it('includes the contact step and says when the build has no ticket form', () => {
    expect(benchJson(result).contact).toMatchObject({ formPresent: false, contactGzip: 0, formGzip: null, contactShown: { runs: 3, medianMs: 4.4 } });
  });

  it('rounds times to a tenth of a millisecond', () => {
    expect(benchJson(result).latency.shipped).toMatchObject({ keystrokes: 3, medianMs: 4.4, p95Ms: 10, unchanged: 2 });
  });
});
