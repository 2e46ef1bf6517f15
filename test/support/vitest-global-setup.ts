import { dropRunSchemas, TEST_RUN } from './temp-database';

/**
 * vitest's global setup: names this run's PostgreSQL schemas, and drops them all when the run ends.
 * Test files run in parallel; dropping a schema while another file migrates breaks that file.
 */
export default function setup() {
  const run = `test_${Date.now().toString(36)}_${process.pid}`;
  process.env[TEST_RUN] = run;
  return () => dropRunSchemas(run);
}
