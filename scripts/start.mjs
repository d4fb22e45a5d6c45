#!/usr/bin/env node
// `npm start`: build what is stale, then serve on embedded SQLite (or DATABASE_URL).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const build = fileURLToPath(new URL('./build.mjs', import.meta.url));
const r = spawnSync(process.execPath, [build], { stdio: 'inherit' });
if (r.status !== 0) process.exit(r.status ?? 1);

const { runCli } = await import('../dist/cli/main.js');
await runCli([process.argv[0], 'staffpath', 'serve', ...process.argv.slice(2)]);
