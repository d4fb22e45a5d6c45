import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const webSrc = join(repoRoot, 'src', 'web');
const webOut = join(repoRoot, 'dist', 'web');
const builtIndex = join(webOut, 'index.html');
const lockDir = join(repoRoot, 'dist', '.web-build.lock');

async function mtime(path: string): Promise<number | null> {
  try {
    return (await stat(path)).mtimeMs;
  } catch {
    return null;
  }
}

/** The newest modification time of any file under `dir`. */
async function newestFile(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, await newestFile(path));
    else if (entry.isFile()) newest = Math.max(newest, (await stat(path)).mtimeMs);
  }
  return newest;
}

async function isFresh(): Promise<boolean> {
  const built = await mtime(builtIndex);
  return built !== null && built >= (await newestFile(webSrc));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Take a cross-process lock (mkdir is atomic); a lock older than 3 minutes is stale. */
async function withLock<T>(fn: () => Promise<T>): Promise<T> {
  await mkdir(join(repoRoot, 'dist'), { recursive: true });
  for (;;) {
    try {
      await mkdir(lockDir);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const since = await mtime(lockDir);
      if (since !== null && Date.now() - since > 180_000) await rm(lockDir, { recursive: true, force: true });
      else await sleep(250);
    }
  }
  try {
    return await fn();
  } finally {
    await rm(lockDir, { recursive: true, force: true });
  }
}

/**
 * Build the web app into dist/web with Vite when dist/web/index.html is missing or older
 * than the newest file in src/web. Safe to call from several test files at once.
 */
export async function ensureWebBuild(): Promise<void> {
  if (await isFresh()) return;
  await withLock(async () => {
    if (await isFresh()) return; // another worker built it while we waited
    const { build } = await import('vite');
    // Vitest sets NODE_ENV=test; React must be bundled in production mode.
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({
        configFile: join(webSrc, 'vite.config.ts'),
        mode: 'production',
        logLevel: 'warn',
      });
    } finally {
      if (previous === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = previous;
    }
  });
}
