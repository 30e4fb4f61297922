import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the console is served; its API calls go to /api on the same origin. */
export const CONSOLE_PATH = '/console';

/**
 * The built console (`npm run build`: Vite writes dist/console beside the compiled server):
 * `../../console` from dist/src/bootstrap (the image), `../../dist/console` from src/bootstrap
 * (tests, `npm run demo`). Only a build counts: it has an assets folder, the sources do not.
 */
export function consoleDirectory(from = dirname(fileURLToPath(import.meta.url))): string | null {
  for (const candidate of ['../../dist/console', '../../console']) {
    const dir = resolve(from, candidate);
    if (existsSync(join(dir, 'index.html')) && existsSync(join(dir, 'assets'))) return dir;
  }
  return null;
}

/**
 * Serves the console's static files at /console/ (hash routing: one index.html, no fallback
 * routes). Its content-security policy (security-headers.ts) allows only our own scripts and
 * styles, which the Vite build emits as files. Without a build, /console answers 404 and the
 * API works as before.
 */
export async function registerConsole(app: NestFastifyApplication): Promise<boolean> {
  const root = consoleDirectory();
  if (!root) return false;
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get(CONSOLE_PATH, (_request, reply) => reply.redirect(`${CONSOLE_PATH}/`, 302));
  await app.register(fastifyStatic, {
    root,
    prefix: `${CONSOLE_PATH}/`,
    // Swagger UI may register the plugin too: only one may decorate the reply.
    decorateReply: false,
    index: ['index.html'],
    wildcard: false,
    setHeaders: (reply, path) => {
      // Hashed asset names may be cached for good; index.html must be fetched fresh.
      void reply.header(
        'cache-control',
        path.endsWith('index.html') ? 'no-cache' : 'public, max-age=31536000, immutable',
      );
    },
  });
  return true;
}
