import { existsSync, statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

async function newest(dir: string): Promise<number> {
  let latest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(
      latest,
      entry.isDirectory() ? await newest(path) : (await stat(path)).mtimeMs,
    );
  }
  return latest;
}

/**
 * Builds the web console into dist/console (what `npm run build` does after nest build) when
 * it is missing or older than its sources: the demo and the browser tests run from a checkout
 * that may never have been built.
 */
export async function ensureConsoleBuilt(): Promise<boolean> {
  const built = join(ROOT, 'dist/console/index.html');
  if (existsSync(built) && statSync(built).mtimeMs >= (await newest(join(ROOT, 'console'))))
    return false;
  await build({ configFile: join(ROOT, 'console/vite.config.ts'), logLevel: 'error' });
  return true;
}
