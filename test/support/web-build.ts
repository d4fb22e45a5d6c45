import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
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

/** Builds dist/web with Vite if it is stale; call with the lock held. */
async function buildIfStale(): Promise<void> {
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
}

/**
 * Build the web app into dist/web with Vite when dist/web/index.html is missing or older
 * than the newest file in src/web. Safe to call from several test files at once.
 */
export async function ensureWebBuild(): Promise<void> {
  if (await isFresh()) return;
  await withLock(buildIfStale);
}

/**
 * A private copy of the built web app, for one test file's servers. A server reads
 * index.html once and the hashed chunks it names on demand; a rebuild of dist/web by another
 * process (a file starting later in the same run after src/web changed, another engineer's
 * run) empties the folder, and pages that load a chunk afterwards would fail. The copy is
 * taken under the build lock, so never from a half-written build, and checked for the assets
 * its index.html names. Remove it with `dispose`.
 */
export async function webSnapshot(): Promise<{ dir: string; dispose(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'staffpath-web-'));
  await withLock(async () => {
    await buildIfStale();
    await cp(webOut, dir, { recursive: true });
  });
  const html = await readFile(join(dir, 'index.html'), 'utf8');
  for (const [, asset] of html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)) {
    if ((await mtime(join(dir, asset as string))) === null) throw new Error(`the web snapshot lacks ${asset}, which its index.html names`);
  }
  return { dir, dispose: () => rm(dir, { recursive: true, force: true }) };
}
