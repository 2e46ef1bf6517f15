import type { FetchedFile } from './first-open';
import { contactJourneyJson, contactJourneyRows } from './format-contact-journey';
import { bytes, LABEL, ms, round1, sum } from './format-figures';
import type { KeystrokeLatency } from './keystroke-latency';
import type { BenchResult } from './run-bench';
import { formatServerBench, serverBenchJson } from './server/format-server-bench';
import type { IndexSize } from './sizes';

const perArticle = (index: IndexSize) => Math.round(index.indexGzip / Math.max(1, index.articles));
const count = (n: number) => n.toLocaleString('en-US');

/** First-open files without the index: what a visitor waits for before the first search can run. */
const beforeSearch = (files: readonly FetchedFile[]) => files.filter((file) => file.kind !== 'index');

const indexRows = (label: string, indexes: readonly IndexSize[]) =>
  indexes.map((index) => `  ${`${label} ${index.locale}`.padEnd(16)}${count(index.articles).padStart(9)}${bytes(index.indexGzip)}${bytes(perArticle(index))}${bytes(index.docsGzip)}`);

const figures = (label: string, { median, p95 }: { median: number; p95: number }) => `    ${label.padEnd(LABEL - 2)}median${ms(median)}   p95${ms(p95)}`;

const latencyRows = (corpus: string, latency: KeystrokeLatency) => [
  `  ${corpus}: ${latency.rendered.count} keystrokes that changed the suggestions, ${latency.unchanged} more that changed nothing`,
  figures('keystroke to the frame after the change (rendered)', latency.rendered),
  figures('keystroke to the change in the DOM (search + render)', latency.commit),
  figures(`every keystroke (${latency.nextFrame.count}) to the next frame`, latency.nextFrame),
];

/**
 * The bench figures as text for a terminal.
 *
 * @example console.log(formatBench(await runBench({ projectDir })));
 */
export function formatBench(result: BenchResult): string {
  const { generated } = result;
  return [
    'Widget size (gzip -9 of each file as served)',
    `  ${'loader widget.js, on every page of the site'.padEnd(LABEL)}${bytes(result.loaderGzip)}`,
    `  ${'first open until a search can run, index excluded'.padEnd(LABEL)}${bytes(sum(beforeSearch(result.firstOpen)))}`,
    ...beforeSearch(result.firstOpen).map((file) => `    ${file.kind.padEnd(9)}${file.path.padEnd(LABEL - 11)}${bytes(file.gzip)}`),
    ...result.firstOpen.filter((file) => file.kind === 'index').map((file) => `  ${`+ index ${file.path}`.padEnd(LABEL)}${bytes(file.gzip)}`),
    `  ${'cross-check, app entry + static imports + CSS (Vite)'.padEnd(LABEL)}${bytes(sum(result.appStatic))}  ${result.appStatic.map((file) => file.file).join(', ')}`,
    '',
    'Index size per locale (gzip)',
    `  ${'corpus locale'.padEnd(16)}${'articles'.padStart(9)}${'index'.padStart(12)}${'per article'.padStart(12)}${'docs file'.padStart(12)}`,
    ...indexRows('shipped', result.shipped.indexes),
    ...indexRows('generated', generated.indexes),
    '',
    'Keystroke to rendered suggestions, Chromium (ms)',
    ...latencyRows('shipped articles (en)', result.shipped.latency),
    ...latencyRows(`generated ${count(generated.articles)} articles (en)`, generated.latency),
    '',
    ...contactJourneyRows(result.contact),
    '',
    `Publishing the generated ${count(generated.articles)} articles took ${(generated.publishMs / 1000).toFixed(1)} s.`,
    '',
    formatServerBench(result.server),
  ].join('\n');
}

/**
 * The bench figures as one JSON-ready object (bytes are gzip bytes, times ms to 0.1).
 *
 * @example console.log(JSON.stringify(benchJson(result)));
 */
export function benchJson(result: BenchResult) {
  const indexes = (list: readonly IndexSize[]) =>
    Object.fromEntries(list.map((index) => [index.locale, { articles: index.articles, indexGzip: index.indexGzip, perArticleGzip: perArticle(index), docsGzip: index.docsGzip }]));
  const latency = ({ rendered, commit, nextFrame, unchanged }: KeystrokeLatency) => ({
    keystrokes: rendered.count,
    medianMs: round1(rendered.median),
    p95Ms: round1(rendered.p95),
    unchanged,
    domChange: { medianMs: round1(commit.median), p95Ms: round1(commit.p95) },
    nextFrame: { keystrokes: nextFrame.count, medianMs: round1(nextFrame.median), p95Ms: round1(nextFrame.p95) },
  });
  return {
    loaderGzip: result.loaderGzip,
    firstOpenGzip: sum(beforeSearch(result.firstOpen)),
    firstOpenFiles: result.firstOpen.map(({ path, kind, gzip }) => ({ path, kind, gzip })),
    firstOpenIndexGzip: sum(result.firstOpen.filter((file) => file.kind === 'index')),
    indexes: indexes(result.shipped.indexes),
    latency: { shipped: latency(result.shipped.latency), generated: latency(result.generated.latency) },
    contact: contactJourneyJson(result.contact),
    generated: { articles: result.generated.articles, publishMs: Math.round(result.generated.publishMs), indexes: indexes(result.generated.indexes) },
    server: serverBenchJson(result.server),
  };
}
