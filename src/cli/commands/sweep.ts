/** `staffpath sweep`: one sweep of the local database, as the server runs on its interval. */
import type { Command } from 'commander';
import type { Config } from '../../config/config.js';

type Print = (cmd: Command, data: unknown, text: string) => void;

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export function registerSweepCommand(program: Command, configOf: (cmd: Command) => Config, print: Print): void {
  program
    .command('sweep')
    .description('delete expired sessions and entries in the trash for over 30 days, once (a running server also does it every sweepIntervalMinutes)')
    .action(async (_o, cmd: Command) => {
      const config = configOf(cmd);
      const { openStorage } = await import('../../storage/database.js');
      const { createServices } = await import('../../core/services.js');
      const storage = openStorage({ databaseUrl: config.databaseUrl, sqlitePath: config.sqlitePath, poolSize: 2, ...(config.pgSchema && { pgSchema: config.pgSchema }) });
      try {
        await storage.migrate();
        const result = await createServices(storage, config).sweep.run();
        print(
          cmd,
          result,
          `Deleted ${count(result.expiredSessions, 'expired session', 'expired sessions')} and ${count(result.purgedEntries, 'entry', 'entries')} that had been in the trash for over 30 days.`,
        );
      } finally {
        await storage.close();
      }
    });
}
