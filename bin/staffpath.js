#!/usr/bin/env node
// Runs the compiled CLI when built (npm install builds it), else the TypeScript sources.
//
// `serve` runs with a bounded V8 old generation (STAFFPATH_HEAP_MB, default 256): without a
// limit V8 lets garbage pile up and the server's RSS drifts far above what it uses. When the
// flag is not set yet, the server is started again as a child process with it.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const limited =
  process.execArgv.some((a) => a.startsWith('--max-old-space-size')) || /--max-old-space-size/.test(process.env.NODE_OPTIONS ?? '');

if (args.includes('serve') && !args.includes('--help') && !limited) {
  const heap = process.env.STAFFPATH_HEAP_MB ?? '256';
  const child = spawn(process.execPath, [`--max-old-space-size=${heap}`, fileURLToPath(import.meta.url), ...args], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else {
  const compiled = fileURLToPath(new URL('../dist/cli/run.js', import.meta.url));
  if (existsSync(compiled)) {
    await import(compiled);
  } else {
    const { register } = await import('tsx/esm/api');
    register();
    await import('../src/cli/run.ts');
  }
}
