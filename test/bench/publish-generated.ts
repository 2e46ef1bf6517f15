import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publish } from '../../articles/publish/publish';
import { generateCorpus } from './generate-corpus';

export interface GeneratedCorpus {
  articles: number;
  /** The publish step's output folder, to serve as ARTICLES_DIR. */
  outDir: string;
  /** Wall time of the real publish step on this corpus. */
  publishMs: number;
  remove(): Promise<void>;
}

/**
 * Generates `count` English articles into a temporary folder and publishes them with the real
 * publish step, timing it.
 *
 * @example const corpus = await publishGenerated(5000); try { ... } finally { await corpus.remove(); }
 */
export async function publishGenerated(count: number): Promise<GeneratedCorpus> {
  const dir = await mkdtemp(join(tmpdir(), 'support-bench-'));
  try {
    const articlesDir = join(dir, 'articles');
    const outDir = join(dir, 'out');
    await generateCorpus(articlesDir, { count });
    const start = performance.now();
    await publish({ articlesDir, outDir });
    return { articles: count, outDir, publishMs: performance.now() - start, remove: () => rm(dir, { recursive: true, force: true }) };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}
