import { formatProblem, type Problem } from './problem';

/**
 * Thrown by `publish` when any article has a problem. It holds every problem found across all
 * files, not just the first, so one run shows a writer everything there is to fix.
 *
 * @example
 *   try { await publish({ articlesDir: 'articles', outDir: 'dist/articles' }); }
 *   catch (error) { if (error instanceof PublishError) console.error(error.problems.length); }
 */
export class PublishError extends Error {
  override readonly name = 'PublishError';

  constructor(readonly problems: Problem[]) {
    const noun = problems.length === 1 ? 'problem' : 'problems';
    super(`${problems.length} ${noun} in the articles:\n${problems.map(formatProblem).join('\n')}`);
  }
}
