import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseQueries, type EvalQuery } from './parse-queries';
import { UsageError } from './usage-error';

export interface Corpus {
  articlesDir: string;
  queries: EvalQuery[];
}

const kind = async (path: string): Promise<'dir' | 'file' | 'missing'> => {
  try {
    return (await stat(path)).isDirectory() ? 'dir' : 'file';
  } catch {
    return 'missing';
  }
};

/**
 * Checks a corpus folder's layout and reads its questions. Throws a UsageError saying what is
 * missing, since a wrong path is the usual mistake.
 *
 * @example const { articlesDir, queries } = await readCorpus('../shared/eval/swefaq');
 */
export async function readCorpus(dir: string): Promise<Corpus> {
  if ((await kind(dir)) !== 'dir') throw new UsageError(`--corpus ${dir}: not a folder`);
  const articlesDir = join(dir, 'articles');
  const articles = await kind(articlesDir);
  if (articles === 'missing') throw new UsageError(`--corpus ${dir}: no articles/ folder in it`);
  if (articles === 'file') {
    throw new UsageError(`--corpus ${dir}: articles is a file, not a folder (a symbolic link checked out as a plain file?)`);
  }
  const queriesFile = join(dir, 'queries.jsonl');
  if ((await kind(queriesFile)) !== 'file') throw new UsageError(`--corpus ${dir}: no queries.jsonl in it`);
  return { articlesDir, queries: parseQueries(await readFile(queriesFile, 'utf8'), queriesFile) };
}
