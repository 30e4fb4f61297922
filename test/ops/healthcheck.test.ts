import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/core/net/free-port.js';

/**
 * docker/healthcheck.js, the image's HEALTHCHECK and compose's healthcheck: exit 0 only when the
 * role's own port answers 200 on /api/health/live.
 */
const script = resolve(process.cwd(), 'docker/healthcheck.js');

function probe(env: NodeJS.ProcessEnv, file = script): Promise<number> {
  return new Promise((res) => {
    execFile(process.execPath, [file], { env: { PATH: process.env.PATH, ...env } }, (error) =>
      res(typeof error?.code === 'number' ? error.code : 0),
    );
  });
}

function serve(status: number): Promise<{ server: Server; port: number; paths: string[] }> {
  const paths: string[] = [];
  const server = createServer((req, res) => {
    paths.push(req.url ?? '');
    res.writeHead(req.url === '/api/health/live' ? status : 404).end();
  });
  return new Promise((res) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      res({ server, port: typeof address === 'object' && address ? address.port : 0, paths });
    }),
  );
}

describe('container healthcheck script', () => {
  let healthy: Awaited<ReturnType<typeof serve>>;
  let failing: Awaited<ReturnType<typeof serve>>;
  let closedPort: number;
  const dir = mkdtempSync(join(tmpdir(), 'eas-healthcheck-'));

  beforeAll(async () => {
    healthy = await serve(200);
    failing = await serve(503);
    closedPort = await freePort();
  });
  afterAll(() => {
    healthy.server.close();
    failing.server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('api role: healthy when PORT answers 200 on /api/health/live', async () => {
    const before = healthy.paths.length;
    expect(await probe({ APP_ROLE: 'api', PORT: String(healthy.port) })).toBe(0);
    expect(healthy.paths.slice(before)).toEqual(['/api/health/live']);
  });

  it('unhealthy on a non-200 answer', async () => {
    expect(await probe({ APP_ROLE: 'api', PORT: String(failing.port) })).toBe(1);
  });

  it('unhealthy when nothing listens', async () => {
    expect(await probe({ APP_ROLE: 'api', PORT: String(closedPort) })).toBe(1);
  });

  it('worker role probes WORKER_HEALTH_PORT, not PORT', async () => {
    const env = { APP_ROLE: 'worker', PORT: String(closedPort) };
    expect(await probe({ ...env, WORKER_HEALTH_PORT: String(healthy.port) })).toBe(0);
    expect(await probe({ ...env, WORKER_HEALTH_PORT: String(failing.port) })).toBe(1);
  });

  it('runs as an ES module under "type": "module"', async () => {
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
    copyFileSync(script, join(dir, 'healthcheck.js'));
    const copy = join(dir, 'healthcheck.js');
    expect(await probe({ APP_ROLE: 'api', PORT: String(healthy.port) }, copy)).toBe(0);
    expect(await probe({ APP_ROLE: 'api', PORT: String(closedPort) }, copy)).toBe(1);
  });
});
