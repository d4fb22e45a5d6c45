import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
const BIN = new URL('../../bin/staffpath.js', import.meta.url).pathname;

/** Runs the `staffpath` binary as a real process with only `env` (and PATH). */
export async function cli(args: string[], env: Record<string, string | undefined>): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH, ...env } as NodeJS.ProcessEnv, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** The binary runs the compiled CLI: bring it up to date first (a no-op when it is). */
export async function buildCli(): Promise<void> {
  await run(process.execPath, [new URL('../../scripts/build.mjs', import.meta.url).pathname], { timeout: 120_000 });
}
