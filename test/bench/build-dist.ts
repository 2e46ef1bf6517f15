import { execFileSync } from 'node:child_process';

/**
 * Publishes the shipped articles and builds the widget (`npm run articles`, `npm run build`) so
 * the bench measures the current source, never a stale dist/. Their output goes to stderr,
 * keeping stdout for the report.
 *
 * @example buildDist('/work/main');
 */
export function buildDist(projectDir: string): void {
  for (const script of ['articles', 'build']) {
    execFileSync('npm', ['run', '--silent', script], { cwd: projectDir, stdio: ['ignore', 2, 2] });
  }
}
