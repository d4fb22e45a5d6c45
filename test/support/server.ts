import { loadConfig } from '../../src/config/config.js';
import { startServer } from '../../src/http/server.js';
import type { Storage } from '../../src/storage/database.js';
import type { DialectName } from '../../src/storage/dialects/index.js';
import { createTestStorage } from './storage.js';

export interface TestServer {
  url: string;
  /** The server's own storage (same connection), for factories and checks on the database. */
  storage: Storage;
  close(): Promise<void>;
}

/**
 * A real HTTP server on a free port, over a fresh database, serving the built web app (from
 * `webDir` when given, e.g. a snapshot from `webSnapshot`; dist/web otherwise).
 */
export async function startTestServer(opts: { dialect?: DialectName; webDir?: string } = {}): Promise<TestServer> {
  const db = await createTestStorage(opts.dialect ?? 'sqlite');
  await db.storage.close();
  const config = { ...loadConfig({ env: {} }), port: 0, logLevel: 'silent' as const, sqlitePath: db.sqlitePath, databaseUrl: db.databaseUrl, pgSchema: db.pgSchema, ...(opts.webDir && { webDir: opts.webDir }) };
  const server = await startServer(config, { logger: false });
  return {
    url: server.url,
    storage: server.storage,
    async close() {
      await server.close();
      await db.dispose();
    },
  };
}
