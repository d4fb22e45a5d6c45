/**
 * Which databases the suite runs on: SQLite always, PostgreSQL when STAFFPATH_TEST_PG_URL is
 * set. Under CI=true a missing PostgreSQL fails the run instead of quietly skipping it.
 */
import type { DialectName } from '../../src/storage/dialects/index.js';

export const PG_URL = process.env.STAFFPATH_TEST_PG_URL;

if (process.env.CI === 'true' && !PG_URL) {
  throw new Error('CI=true but STAFFPATH_TEST_PG_URL is not set: the PostgreSQL half of the suite cannot run.');
}

export const DIALECTS: DialectName[] = PG_URL ? ['sqlite', 'postgres'] : ['sqlite'];
