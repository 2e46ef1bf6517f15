import { UsageError } from './usage-error';

export interface EvalArgs {
  /** The corpus folder: `articles/<locale>/*.md` and `queries.jsonl`. */
  corpus: string;
  /** Also print the figures as one JSON object on the last line. */
  json: boolean;
}

export const USAGE = 'usage: npm run eval -- --corpus DIR [--json]';

/**
 * Reads the eval command's arguments; throws a UsageError naming the bad one.
 *
 * @example parseArgs(['--corpus', 'test/eval/starter', '--json']); // { corpus: 'test/eval/starter', json: true }
 */
export function parseArgs(argv: readonly string[]): EvalArgs {
  let corpus: string | undefined;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (arg.startsWith('--corpus=')) corpus = arg.slice('--corpus='.length);
    else if (arg === '--corpus') {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`--corpus needs a folder\n${USAGE}`);
      corpus = value;
    } else throw new UsageError(`unknown argument "${arg}"\n${USAGE}`);
  }
  if (!corpus) throw new UsageError(`--corpus is required\n${USAGE}`);
  return { corpus, json };
}
