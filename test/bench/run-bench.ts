import { join } from 'node:path';
import { buildDist } from './build-dist';
import { measureContactJourney, type ContactJourney } from './contact-journey';
import { measureFirstOpen, type FetchedFile } from './first-open';
import { measureKeystrokeLatency, type KeystrokeLatency } from './keystroke-latency';
import { launchChromium } from './launch-chromium';
import { publishGenerated } from './publish-generated';
import { runServerBench, type ServerBenchOptions, type ServerBenchResult } from './server/run-server-bench';
import { appStaticFiles, indexSizes, loaderSize, type IndexSize } from './sizes';
import { snapshotDist } from './snapshot-dist';
import { startServers } from './start-servers';

export interface BenchOptions {
  /** The project folder: dist/, server/demo/pages. */
  projectDir: string;
  /** Run `npm run articles` and `npm run build` first (default true). */
  build?: boolean;
  /** Timed visits of the contact step and of the ticket form, each (default 7). */
  contactRuns?: number;
  /** Articles in the generated corpus (default 5,000). */
  generatedArticles?: number;
  /** Keystrokes measured per corpus (default 200). */
  keystrokes?: number;
  /** Duration and connections of the server figures (defaults in ServerBenchOptions). */
  server?: Omit<ServerBenchOptions, 'projectDir'>;
}

export interface BenchResult {
  loaderGzip: number;
  /** What the browser fetched from the widget server on first open, the index included (kind 'index'). */
  firstOpen: FetchedFile[];
  /** The app's static import graph per the Vite manifest, as a cross-check of firstOpen. */
  appStatic: { file: string; gzip: number }[];
  shipped: { indexes: IndexSize[]; latency: KeystrokeLatency };
  /** What the contact step and the ticket form download, and "Contact us" to each on a throttled CPU. */
  contact: ContactJourney;
  generated: { articles: number; publishMs: number; indexes: IndexSize[]; latency: KeystrokeLatency };
  /** The API's throughput against a bare node:http ceiling, on SQLite and PostgreSQL. */
  server: ServerBenchResult;
}

/**
 * Every bench figure from one run: builds (unless told not to), measures the API's throughput (before
 * Chromium starts, so it has the machine to itself), snapshots dist/, serves it with the real
 * server and the demo host page, and measures sizes and keystroke latency in Chromium on the
 * shipped articles and on a generated corpus.
 *
 * @example const result = await runBench({ projectDir: process.cwd() });
 */
export async function runBench({ projectDir, build = true, generatedArticles = 5000, keystrokes = 200, contactRuns = 7, server: serverOptions }: BenchOptions): Promise<BenchResult> {
  if (build) buildDist(projectDir);
  const server = await runServerBench({ projectDir, ...serverOptions });
  const dist = await snapshotDist(projectDir);
  const { widgetDir, articlesDir } = dist;
  const pagesDir = join(projectDir, 'server/demo/pages');
  const browser = await launchChromium();
  try {
    // With the API: the contact step lists the channels as on a real site.
    const shippedServers = await startServers({ widgetDir, articlesDir, pagesDir, api: true });
    let firstOpen: FetchedFile[];
    let shippedLatency: KeystrokeLatency;
    let contact: ContactJourney;
    try {
      firstOpen = await measureFirstOpen(browser, shippedServers.hostUrl, shippedServers.serverUrl);
      shippedLatency = await measureKeystrokeLatency(browser, shippedServers.hostUrl, { keystrokes });
      contact = await measureContactJourney(browser, shippedServers.hostUrl, shippedServers.serverUrl, { runs: contactRuns });
    } finally {
      await shippedServers.close();
    }
    const corpus = await publishGenerated(generatedArticles);
    try {
      const servers = await startServers({ widgetDir, articlesDir: corpus.outDir, pagesDir });
      try {
        return {
          loaderGzip: await loaderSize(widgetDir),
          firstOpen,
          appStatic: await appStaticFiles(widgetDir),
          shipped: { indexes: await indexSizes(articlesDir), latency: shippedLatency },
          contact,
          generated: {
            articles: corpus.articles,
            publishMs: corpus.publishMs,
            indexes: await indexSizes(corpus.outDir),
            latency: await measureKeystrokeLatency(browser, servers.hostUrl, { keystrokes }),
          },
          server,
        };
      } finally {
        await servers.close();
      }
    } finally {
      await corpus.remove();
    }
  } finally {
    await browser.close();
    await dist.remove();
  }
}
