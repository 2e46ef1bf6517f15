import { defineConfig } from 'vitest/config';

/** Unit tests: plain Node, no browser, no network. Browser behaviour lives in test/e2e (Playwright). */
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
    // PostgreSQL schemas of the server tests are dropped once, at the end of the run.
    globalSetup: ['test/support/vitest-global-setup.ts'],
  },
});
