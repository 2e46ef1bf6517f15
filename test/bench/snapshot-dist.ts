import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface DistSnapshot {
  widgetDir: string;
  articlesDir: string;
  remove(): Promise<void>;
}

/**
 * Copies dist/widget and dist/articles to a temporary folder, so that a build started elsewhere
 * while the bench runs (an e2e run, a watcher) cannot swap files under the measurement.
 *
 * @example const dist = await snapshotDist('/work/main'); try { ... } finally { await dist.remove(); }
 */
export async function snapshotDist(projectDir: string): Promise<DistSnapshot> {
  const dir = await mkdtemp(join(tmpdir(), 'support-bench-dist-'));
  const widgetDir = join(dir, 'widget');
  const articlesDir = join(dir, 'articles');
  await cp(join(projectDir, 'dist/widget'), widgetDir, { recursive: true });
  await cp(join(projectDir, 'dist/articles'), articlesDir, { recursive: true });
  return { widgetDir, articlesDir, remove: () => rm(dir, { recursive: true, force: true }) };
}
