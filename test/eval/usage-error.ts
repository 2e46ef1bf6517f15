/**
 * A mistake in how the command was called or in the corpus it was pointed at: the CLI prints the
 * message alone (no stack) and exits with status 2, the usual code for bad usage.
 *
 * @example throw new UsageError('--corpus needs a folder: npm run eval -- --corpus DIR');
 */
export class UsageError extends Error {
  override name = 'UsageError';
}
