import type { FastifyInstance } from 'fastify';
import type { Config } from '../config/config.js';
import { openStorage, type Storage } from '../storage/database.js';
import { createServices } from '../core/services.js';
import { scheduleSweep, type SweepSchedule } from '../core/jobs/sweep.js';
import { buildApp } from './app.js';

export interface RunningServer {
  app: FastifyInstance;
  storage: Storage;
  url: string;
  close(): Promise<void>;
}

/**
 * Opens storage, migrates, builds the app and listens; sweeps expired sessions and old trash at
 * start-up and every `sweepIntervalMinutes` until the app closes. The CLI's `serve` calls this.
 */
export async function startServer(config: Config, opts: { logger?: boolean; onSignals?: boolean } = {}): Promise<RunningServer> {
  const storage = openStorage({
    databaseUrl: config.databaseUrl,
    sqlitePath: config.sqlitePath,
    poolSize: config.poolSize,
    ...(config.pgSchema && { pgSchema: config.pgSchema }),
  });
  try {
    await storage.migrate();
  } catch (err) {
    await storage.close();
    throw err;
  }
  const services = createServices(storage, config);
  const logger = opts.logger === false
    ? false
    : {
        level: config.logLevel,
        redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'], censor: '[redacted]' },
      };
  const app = await buildApp(services, config, { logger });
  let sweeps: SweepSchedule | null = null;
  // Before the storage closes, however the app is closed: no sweep outlives it.
  app.addHook('preClose', async () => sweeps?.stop());
  app.addHook('onClose', async () => storage.close());
  await app.listen({ host: config.host, port: config.port });
  if (config.sweepIntervalMinutes > 0) {
    sweeps = scheduleSweep(services.sweep, {
      intervalMs: config.sweepIntervalMinutes * 60_000,
      onResult: (result) => {
        if (result.expiredSessions > 0 || result.purgedEntries > 0) app.log.info({ sweep: result }, 'swept expired sessions and old trash');
        else app.log.debug({ sweep: result }, 'sweep: nothing to delete');
      },
      onError: (err) => app.log.error({ err }, 'sweep failed'),
    });
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;

  let closing: Promise<void> | null = null;
  const close = (): Promise<void> => (closing ??= app.close());
  if (opts.onSignals) {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        app.log.info({ signal }, 'shutting down');
        const timer = setTimeout(() => process.exit(1), 10_000);
        timer.unref();
        void close().then(() => process.exit(0));
      });
    }
  }
  return { app, storage, url, close };
}
