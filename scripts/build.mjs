#!/usr/bin/env node
// Builds what is out of date: the server (tsc → dist/) and the web app (vite → dist/web).
// `npm install` runs it (prepare), and `npm start` runs it again so edits are never stale.
// `--force` rebuilds both.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const force = process.argv.includes('--force');

function newest(dir, skip = () => false) {
  let t = 0;
  if (!existsSync(dir)) return t;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (skip(p)) continue;
    t = Math.max(t, entry.isDirectory() ? newest(p, skip) : statSync(p).mtimeMs);
  }
  return t;
}
const mtime = (p) => (existsSync(p) ? statSync(p).mtimeMs : 0);

function run(label, args, env = process.env) {
  const started = Date.now();
  const bin = join(root, 'node_modules', '.bin', args[0]);
  const r = spawnSync(bin, args.slice(1), { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) {
    console.error(`staffpath: ${label} failed`);
    process.exit(r.status ?? 1);
  }
  console.error(`staffpath: built ${label} in ${Date.now() - started} ms`);
}

const serverStamp = join(root, 'dist', '.server-built');
const serverSrc = Math.max(
  newest(join(root, 'src'), (p) => p.startsWith(join(root, 'src', 'web')) || p.endsWith('.test.ts')),
  mtime(join(root, 'tsconfig.json')),
  mtime(join(root, 'tsconfig.build.json')),
);
if (force || mtime(serverStamp) < serverSrc) {
  run('server', ['tsc', '-p', 'tsconfig.build.json']);
  mkdirSync(dirname(serverStamp), { recursive: true });
  writeFileSync(serverStamp, new Date().toISOString());
}

const webIndex = join(root, 'dist', 'web', 'index.html');
if (force || mtime(webIndex) < newest(join(root, 'src', 'web'))) {
  // Always React's production build, even when started from a test run (NODE_ENV=test).
  run('web app', ['vite', 'build', '--config', 'src/web/vite.config.ts', '--logLevel', 'warn'], { ...process.env, NODE_ENV: 'production' });
}
