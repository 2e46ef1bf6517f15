/** The command line, as options for `publish`. Paths are as given, relative to the working folder. */
export interface CliArgs {
  articles: string;
  out: string;
  defaultLocale?: string;
  help: boolean;
}

/** A command line that cannot be run; the CLI shows its message and the usage, and exits 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const USAGE =
  'usage: tsx articles/publish/cli.ts [--articles DIR] [--out DIR] [--default-locale CODE]\n' +
  '  defaults: --articles articles --out dist/articles --default-locale en (or the only locale there is)';

const FLAGS = { '--articles': 'articles', '--out': 'out', '--default-locale': 'defaultLocale' } as const;
const isFlag = (arg: string): arg is keyof typeof FLAGS => Object.hasOwn(FLAGS, arg);

/**
 * Reads `--articles DIR`, `--out DIR` and `--default-locale CODE` (also `--out=DIR`). Anything else
 * is a UsageError.
 *
 * @example parseCliArgs(['--out', 'build/articles']) // { articles: 'articles', out: 'build/articles', help: false }
 */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { articles: 'articles', out: 'dist/articles', help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') {
      args.help = true;
      continue;
    }
    const equals = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = equals === -1 ? arg : arg.slice(0, equals);
    const inline = equals === -1 ? undefined : arg.slice(equals + 1);
    if (!isFlag(flag)) throw new UsageError(arg.startsWith('-') ? `unknown option ${flag}` : `unexpected argument "${arg}"`);
    const value = inline ?? argv[++i];
    if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) {
      throw new UsageError(`${flag} needs a value: ${flag} ${flag === '--default-locale' ? 'CODE' : 'DIR'}`);
    }
    args[FLAGS[flag]] = value;
  }
  return args;
}
