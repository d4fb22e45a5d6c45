#!/usr/bin/env node
// `npm run dev`: the API server with reload (tsx watch) on :4870 and Vite's dev server with
// hot reload on :5173, which proxies /api to the API server. Open http://127.0.0.1:5173.
import { spawn } from 'node:child_process';

const children = [
  spawn('npx', ['tsx', 'watch', '--clear-screen=false', 'src/cli/run.ts', 'serve'], { stdio: 'inherit' }),
  spawn('npx', ['vite', '--config', 'src/web/vite.config.ts'], { stdio: 'inherit' }),
];
const stop = () => {
  for (const c of children) c.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const c of children) c.on('exit', (code) => { stop(); process.exitCode = code ?? 0; });
