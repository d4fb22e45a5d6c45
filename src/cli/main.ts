#!/usr/bin/env node
/**
 * The `staffpath` command. Commands are thin: parse flags, call the core through a client,
 * print. Errors print `Error: ...` and exit non-zero.
 */
import { Command, Option } from 'commander';
import { ConfigError, loadConfig, type Config } from '../config/config.js';
import { AppError } from '../core/errors.js';
import { ACCESS_SCOPES, type AccessScope } from '../core/auth.js';
import { CliError, LocalClient, RemoteClient, type StaffpathClient } from './client.js';
import { registerEvidenceCommands } from './commands/evidence.js';
import { registerSweepCommand } from './commands/sweep.js';
import { registerOutcomeCommands } from './commands/outcome.js';
import { registerDocCommands, type DocTarget } from './commands/doc.js';

interface GlobalOpts {
  config?: string;
  databaseUrl?: string;
  sqlitePath?: string;
  server?: string;
  token?: string;
  as?: string;
  json?: boolean;
}

function configFrom(opts: GlobalOpts & { host?: string; port?: string; logLevel?: string }): Config {
  return loadConfig({
    file: opts.config,
    flags: { databaseUrl: opts.databaseUrl, sqlitePath: opts.sqlitePath, host: opts.host, port: opts.port, logLevel: opts.logLevel },
  });
}

async function withClient<T>(cmd: Command, fn: (client: StaffpathClient) => Promise<T>): Promise<T> {
  const opts = cmd.optsWithGlobals<GlobalOpts>();
  const server = opts.server ?? process.env.STAFFPATH_URL;
  const token = opts.token ?? process.env.STAFFPATH_TOKEN;
  let client: StaffpathClient;
  if (server) {
    if (!token) throw new CliError('--server needs --token (or STAFFPATH_TOKEN).');
    client = new RemoteClient(server, token);
  } else {
    client = await LocalClient.open(configFrom(opts), opts.as ?? process.env.STAFFPATH_AS);
  }
  try {
    return await fn(client);
  } finally {
    await client.close();
  }
}

/** Where `staffpath doc export|import` go: the same choice of server or local database as withClient. */
function docTarget(cmd: Command): DocTarget {
  const opts = cmd.optsWithGlobals<GlobalOpts>();
  const server = opts.server ?? process.env.STAFFPATH_URL;
  const token = opts.token ?? process.env.STAFFPATH_TOKEN;
  if (server) {
    if (!token) throw new CliError('--server needs --token (or STAFFPATH_TOKEN).');
    return { server, token };
  }
  return { config: configFrom(opts), as: opts.as ?? process.env.STAFFPATH_AS };
}

export function buildCli(): Command {
  const program = new Command()
    .name('staffpath')
    .description('Grow from Senior to Staff Engineer, and prove it.')
    .version('0.1.0')
    .showHelpAfterError()
    .addOption(new Option('-c, --config <file>', 'config file (JSON or YAML)').env('STAFFPATH_CONFIG'))
    .addOption(new Option('--database-url <url>', 'PostgreSQL URL; SQLite when absent').env('STAFFPATH_DATABASE_URL'))
    .addOption(new Option('--sqlite-path <file>', 'SQLite file').env('STAFFPATH_SQLITE_PATH'))
    .addOption(new Option('--server <url>', 'act through a running server instead of the local database').env('STAFFPATH_URL'))
    .addOption(new Option('--token <token>', 'personal access token for --server').env('STAFFPATH_TOKEN'))
    .addOption(new Option('--as <email>', 'in-process: act as this person').env('STAFFPATH_AS'))
    .option('--json', 'print JSON');

  program
    .command('serve')
    .description('serve the web app and the API')
    .addOption(new Option('--host <host>', 'address to listen on').env('STAFFPATH_HOST'))
    .addOption(new Option('-p, --port <port>', 'port to listen on').env('STAFFPATH_PORT'))
    .addOption(new Option('--log-level <level>', 'fatal, error, warn, info, debug, trace or silent').env('STAFFPATH_LOG_LEVEL'))
    .action(async (_o, cmd: Command) => {
      const started = performance.now();
      const config = configFrom(cmd.optsWithGlobals());
      const { startServer } = await import('../http/server.js');
      const server = await startServer(config, { onSignals: true });
      const ms = Math.round(performance.now() - started);
      process.stdout.write(`staffpath is running at ${server.url} (${server.storage.describe}; ready in ${ms} ms)\n`);
    });

  program
    .command('migrate')
    .description('apply pending database migrations')
    .action(async (_o, cmd: Command) => {
      const config = configFrom(cmd.optsWithGlobals());
      const { openStorage } = await import('../storage/database.js');
      const storage = openStorage({ databaseUrl: config.databaseUrl, sqlitePath: config.sqlitePath, poolSize: 1, ...(config.pgSchema && { pgSchema: config.pgSchema }) });
      try {
        const applied = await storage.migrate();
        process.stdout.write(applied.length ? `Applied: ${applied.join(', ')}\n` : 'The database is up to date.\n');
      } finally {
        await storage.close();
      }
    });

  const user = program.command('user').description('manage people');
  user
    .command('create')
    .description('add a person (the first one becomes the admin)')
    .requiredOption('--name <name>', 'full name')
    .requiredOption('--email <email>', 'e-mail address (the sign-in name)')
    .addOption(new Option('--password <password>', 'initial password, at least 10 characters').env('STAFFPATH_PASSWORD'))
    .addOption(new Option('--role <role>', 'admin or member').choices(['admin', 'member']).default('member'))
    .option('--manager <email>', "their manager's e-mail")
    .option('--target-level <level>', 'senior, staff or principal')
    .action(async (o: { name: string; email: string; password?: string; role: 'admin' | 'member'; manager?: string; targetLevel?: string }, cmd: Command) => {
      if (!o.password) throw new CliError('Give a password with --password or STAFFPATH_PASSWORD.');
      const password = o.password;
      const person = await withClient(cmd, (c) =>
        c.createUser({
          name: o.name,
          email: o.email,
          password,
          role: o.role,
          ...(o.manager && { managerEmail: o.manager }),
          ...(o.targetLevel && { targetLevel: o.targetLevel }),
        }),
      );
      print(cmd, person, `Created ${person.name} <${person.email}> (${person.role}), id ${person.id}`);
    });

  const token = program.command('token').description('manage personal access tokens');
  token
    .command('create')
    .description('create a personal access token (printed once)')
    .requiredOption('--name <name>', 'a name you will recognise')
    .addOption(
      new Option('--scope <scope...>', 'read, write, and tokens (lets the token make tokens within its own scopes and expiry)')
        .choices([...ACCESS_SCOPES])
        .default(['read', 'write']),
    )
    .option('--expires <date>', 'expiry date or time (ISO 8601)')
    .action(async (o: { name: string; scope: AccessScope[]; expires?: string }, cmd: Command) => {
      const t = await withClient(cmd, (c) => c.createToken({ name: o.name, scopes: o.scope, ...(o.expires && { expiresAt: o.expires }) }));
      print(cmd, t, `${t.token}\n\nThis is the only time the token is shown. Scopes: ${t.scopes.join(', ')}.`);
    });

  program
    .command('whoami')
    .description('show who the CLI acts as')
    .action(async (_o, cmd: Command) => {
      const p = await withClient(cmd, (c) => c.whoami());
      print(cmd, p, `${p.name} <${p.email}> (${p.role})`);
    });

  registerEvidenceCommands(program, withClient, print);
  registerOutcomeCommands(program, withClient, print);
  registerDocCommands(program, docTarget, print);
  registerSweepCommand(program, (cmd) => configFrom(cmd.optsWithGlobals()), print);
  return program;
}

function print(cmd: Command, data: unknown, text: string): void {
  process.stdout.write(cmd.optsWithGlobals<GlobalOpts>().json ? `${JSON.stringify(data, null, 2)}\n` : `${text}\n`);
}

export async function runCli(argv: string[]): Promise<void> {
  try {
    await buildCli().parseAsync(argv);
  } catch (err) {
    let message: string;
    if (err instanceof ConfigError) message = err.message;
    else if (err instanceof AppError) message = err.errors?.length ? `${err.message} (${err.errors.map((e) => e.pointer.replace(/^\//, '')).join(', ')})` : err.message;
    else if (err instanceof CliError) message = err.message;
    else message = (err as Error).message ?? String(err);
    process.stderr.write(`Error: ${message}\n`);
    process.exitCode = 1;
  }
}
