import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { OutputFile } from './build-output';

/**
 * The write stage. Everything goes into a fresh folder beside `outDir`, manifest.json last (via
 * a temporary name), and that folder then replaces `outDir` by two renames. A server reading
 * `outDir` meanwhile sees the old build or the new one, never half of one.
 *
 * @example await writeOutput('dist/articles', files, JSON.stringify(manifest));
 */
export async function writeOutput(outDir: string, files: OutputFile[], manifest: string): Promise<void> {
  const target = resolve(outDir);
  await mkdir(dirname(target), { recursive: true });
  const staging = await mkdtemp(join(dirname(target), `.${basename(target)}.new-`));
  try {
    for (const file of files) {
      const path = join(staging, ...file.path.split('/'));
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, file.content);
    }
    await writeFile(join(staging, 'manifest.json.tmp'), manifest);
    await rename(join(staging, 'manifest.json.tmp'), join(staging, 'manifest.json'));
    await swapIn(staging, target);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

async function swapIn(staging: string, target: string): Promise<void> {
  const old = `${staging}.old`;
  const hadOld = await rename(target, old).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw error;
    },
  );
  try {
    await rename(staging, target);
  } catch (error) {
    if (hadOld) await rename(old, target);
    throw error;
  }
  if (hadOld) await rm(old, { recursive: true, force: true });
}
