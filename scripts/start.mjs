#!/usr/bin/env node
// `npm start`: build what is stale, then serve on embedded SQLite (or DATABASE_URL).
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const build = fileURLToPath(new URL('./build.mjs', import.meta.url));
const r = spawnSync(process.execPath, [build], { stdio: 'inherit' });
if (r.status !== 0) process.exit(r.status ?? 1);

// The binary bounds the server's heap (see bin/staffpath.js) and forwards signals.
const bin = fileURLToPath(new URL('../bin/staffpath.js', import.meta.url));
const child = spawn(process.execPath, [bin, 'serve', ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
