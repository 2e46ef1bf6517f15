import { relative, resolve } from 'node:path';
import { parseCliArgs, USAGE, UsageError } from './parse-cli-args';
import { publish } from './publish';
import { PublishError } from './publish-error';

/** Where the CLI reads and writes: the process in cli.ts, plain arrays in tests. */
export interface CliIo {
  cwd: string;
  stdout(line: string): void;
  stderr(line: string): void;
  now?: () => Date;
}

// Inside the working folder a short relative path reads best; outside it, `../../x` would not.
const shown = (cwd: string, path: string) => (relative(cwd, path).startsWith('..') ? path : relative(cwd, path) || '.');

const size = (bytes: number) => (bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KiB`);

/**
 * The publish command: returns the exit code (0 published, 1 problems in the articles, 2 a bad
 * command line). Problems are listed as `file:line: message` with files relative to `io.cwd`.
 *
 * @example process.exitCode = await runCli(['--out', 'dist/articles'], { cwd: process.cwd(), stdout: console.log, stderr: console.error });
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let args;
  try {
    args = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(error.message);
    io.stderr(USAGE);
    return 2;
  }
  if (args.help) {
    io.stdout(USAGE);
    return 0;
  }
  const outDir = resolve(io.cwd, args.out);
  try {
    const result = await publish({
      articlesDir: resolve(io.cwd, args.articles),
      outDir,
      ...(args.defaultLocale ? { defaultLocale: args.defaultLocale } : {}),
      ...(io.now ? { now: io.now } : {}),
    });
    for (const { locale, count, indexGzipBytes } of result.locales) {
      io.stdout(`${locale}: ${count} ${count === 1 ? 'article' : 'articles'}, index ${size(indexGzipBytes)} gzipped`);
    }
    io.stdout(`published to ${shown(io.cwd, outDir)}`);
    return 0;
  } catch (error) {
    if (!(error instanceof PublishError)) throw error;
    for (const { file, line, message } of error.problems) io.stderr(`${shown(io.cwd, file)}:${line}: ${message}`);
    const count = error.problems.length;
    io.stderr(`${count} ${count === 1 ? 'problem' : 'problems'}; nothing was published`);
    return 1;
  }
}
