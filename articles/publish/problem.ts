/** Something wrong in an article, at a 1-based line of its file (line 1 when it concerns the whole file). */
export interface Problem {
  file: string;
  line: number;
  message: string;
}

/**
 * The one way a problem is shown, in the `file:line: message` form editors and terminals link to.
 *
 * @example formatProblem({ file: 'articles/en/a.md', line: 3, message: 'title is empty' }) // 'articles/en/a.md:3: title is empty'
 */
export function formatProblem({ file, line, message }: Problem): string {
  return `${file}:${line}: ${message}`;
}

/**
 * File order, then line order, so a long list reads top to bottom like the files do.
 *
 * @example problems.sort(compareProblems)
 */
export function compareProblems(a: Problem, b: Problem): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line;
}
