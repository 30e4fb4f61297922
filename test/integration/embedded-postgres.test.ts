import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveDevDatabase, type DevDatabase } from '../../dev/database/dev-database.js';
import { loadFlatConfig } from '../support/config.js';
import { startEmbeddedPostgres } from '../../dev/database/embedded-postgres.js';
import { runMigrations } from '../../src/core/database/migrate.js';
import { bullSchema } from '../../src/core/queue/queue-backend.js';

async function rows<T>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

/**
 * DATABASE_URL unset: the app starts a real PostgreSQL from the embedded-postgres binaries,
 * with its data in a directory of ours, and migrates onto it (app tables and, without Redis,
 * BullMQ's tables).
 */
describe('embedded PostgreSQL (DATABASE_URL unset)', () => {
  let dir: string;
  let infra: DevDatabase;
  const env = () => ({ EMBEDDED_POSTGRES_DIR: join(dir, 'pg'), EMBEDDED_POSTGRES_PORT: '54391' });
  // The app's config once the development entry has filled in DATABASE_URL.
  const config = () =>
    loadFlatConfig({ DATABASE_URL: infra.url, QUEUE_PREFIX: 'embtest', LOG_LEVEL: 'silent' });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'eas-embedded-'));
    // As root the server runs as the `postgres` OS user, which must be able to enter the folder.
    await chmod(dir, 0o755);
  });
  afterAll(async () => {
    await infra?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('initialises a cluster on first use, starts it and migrates the app onto it', async () => {
    const started = Date.now();
    infra = await resolveDevDatabase(env());
    const elapsed = Date.now() - started;
    expect(infra.embedded?.origin).toBe('started');
    expect(infra.url).toMatch(/^postgres:\/\/postgres@127\.0\.0\.1:\d+\/email_assistant$/);
    expect(elapsed).toBeLessThan(30_000);

    const applied = await runMigrations(config());
    expect(applied.length).toBeGreaterThan(0);
    const url = infra.url;
    const [info] = await rows<{ version: number; encoding: string }>(
      url,
      `SELECT current_setting('server_version_num')::int AS version, pg_encoding_to_char(encoding) AS encoding FROM pg_database WHERE datname = current_database()`,
    );
    expect(info!.version).toBeGreaterThanOrEqual(140000);
    expect(info!.encoding).toBe('UTF8');
    const tables = await rows<{ schema: string; name: string }>(
      url,
      `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables WHERE table_schema IN ('public', '${bullSchema('embtest')}')`,
    );
    const names = tables.map((t) => `${t.schema}.${t.name}`);
    expect(names).toEqual(
      expect.arrayContaining([
        'public.emails',
        'public.processing_tasks',
        'public.coordination_leases',
      ]),
    );
    expect(names.some((n) => n.startsWith(`${bullSchema('embtest')}.`))).toBe(true);
  }, 60_000);

  it('is shared, not restarted, by a second process of ours while the first runs', async () => {
    const second = await startEmbeddedPostgres({
      dataDir: join(dir, 'pg'),
      port: 54391,
      database: 'email_assistant',
    });
    expect(second.origin).toBe('shared');
    expect(second.port).toBe(infra.embedded!.port);
    await second.stop(); // leaves it running for its owner
    expect(await rows(infra.url, 'SELECT 1 AS one')).toEqual([{ one: 1 }]);
  });

  it('keeps its data across a stop and a restart', async () => {
    await infra.stop();
    await expect(rows(infra.url, 'SELECT 1')).rejects.toThrow();
    infra = await resolveDevDatabase(env());
    expect(infra.embedded?.origin).toBe('started');
    expect(await runMigrations(config())).toEqual([]);
  }, 60_000);
});

/**
 * Starts the embedded server from another process of ours (the real code through SWC), which
 * stays alive until killed; resolves once the server is up.
 */
function ownerProcess(dataDir: string, port: number): Promise<ChildProcess> {
  const script = `import { startEmbeddedPostgres } from './dev/database/embedded-postgres.ts';
    startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)}, port: ${port}, database: 'email_assistant' })
      .then((pg) => { process.stdout.write('origin=' + pg.origin + '\\n'); setInterval(() => {}, 60000); },
            (e) => { process.stderr.write(String(e)); process.exit(1); });`;
  const child = spawn(
    process.execPath,
    ['--import', '@swc-node/register/esm-register', '--input-type=module', '-e', script],
    {
      cwd: resolve(import.meta.dirname, '../..'),
      env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.json' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  let err = '';
  child.stderr!.on('data', (d) => (err += d));
  return new Promise((res, rej) => {
    child.stdout!.on('data', (d) => {
      out += d;
      if (out.includes('origin=started')) res(child);
    });
    child.once('exit', (code) => rej(new Error(`owner process exited ${code}: ${out}${err}`)));
  });
}

/**
 * Who stops a server that is already running: the process that started it while that lives
 * (named with its start time in the data directory), otherwise whoever finds it next. Not by
 * the parent's process name, which on Node 24 is "MainThread" rather than "node".
 */
describe('embedded PostgreSQL owners', () => {
  let dir: string;
  let owner: ChildProcess | undefined;
  const stops: (() => Promise<void>)[] = [];
  const start = async () => {
    const pg = await startEmbeddedPostgres({
      dataDir: join(dir, 'pg'),
      port: 54392,
      database: 'email_assistant',
    });
    stops.push(() => pg.stop());
    return pg;
  };
  const ownerFile = () => join(dir, 'pg', 'embedded-owner.json');

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'eas-embedded-owner-'));
    await chmod(dir, 0o755);
  });
  afterAll(async () => {
    owner?.kill('SIGKILL');
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  });

  it('is shared while the process that started it runs, and adopted once it was killed', async () => {
    owner = await ownerProcess(join(dir, 'pg'), 54392);
    const shared = await start();
    expect(shared.origin).toBe('shared');
    await shared.stop(); // the owner's: left running
    expect(await rows(shared.url, 'SELECT 1 AS one')).toEqual([{ one: 1 }]);

    const exited = new Promise((res) => owner!.once('exit', res));
    owner.kill('SIGKILL');
    await exited;
    const adopted = await start();
    expect(adopted.origin).toBe('adopted');
    expect(adopted.port).toBe(shared.port);
    // The adopter is now the owner: a third process shares it instead of adopting it again.
    expect(JSON.parse(await readFile(ownerFile(), 'utf8'))).toMatchObject({ pid: process.pid });
    const third = await start();
    expect(third.origin).toBe('shared');

    await adopted.stop();
    await expect(rows(adopted.url, 'SELECT 1')).rejects.toThrow();
  }, 90_000);

  it('is adopted when the owner pid now belongs to another process (pid reuse)', async () => {
    const first = await start();
    expect(first.origin).toBe('started');
    // This process' pid, but another start time: what a reused pid looks like.
    const claim = JSON.parse(await readFile(ownerFile(), 'utf8')) as { started: string };
    await writeFile(ownerFile(), JSON.stringify({ ...claim, started: `${claim.started}0` }));
    const second = await start();
    expect(second.origin).toBe('adopted');
    await second.stop();
    await expect(rows(first.url, 'SELECT 1')).rejects.toThrow();
  }, 60_000);
});

/**
 * dev/with-database.ts, the development entry of `npm run dev` and the CLI scripts: runs the
 * command against the embedded server it started, with APP_ROLE defaulting to all, passes the
 * exit code on, and stops the server afterwards.
 */
describe('dev/with-database.ts', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'eas-with-db-'));
    await chmod(dir, 0o755);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  function withDatabase(command: string[], env: NodeJS.ProcessEnv = {}) {
    const child = spawn(
      process.execPath,
      ['--import', '@swc-node/register/esm-register', 'dev/with-database.ts', ...command],
      {
        cwd: resolve(import.meta.dirname, '../..'),
        env: {
          PATH: process.env.PATH,
          ENV_FILE: '/dev/null',
          EMBEDDED_POSTGRES_DIR: join(dir, 'pg'),
          EMBEDDED_POSTGRES_PORT: '54392',
          ...env,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    child.stdout!.on('data', (d) => (out += d));
    child.stderr!.on('data', (d) => (err += d));
    return new Promise<{ code: number | null; out: string; err: string }>((res) =>
      child.once('exit', (code) => res({ code, out, err })),
    );
  }

  const printEnv = [
    process.execPath,
    '-e',
    'console.log(process.env.DATABASE_URL, process.env.APP_ROLE); process.exit(3)',
  ];

  it('starts the embedded server for the command and stops it once the command exits', async () => {
    const run = await withDatabase(printEnv);
    expect(run.code, run.err).toBe(3);
    const [url, role] = run.out.trim().split(' ');
    expect(url).toMatch(/^postgres:\/\/postgres@127\.0\.0\.1:\d+\/email_assistant$/);
    expect(role).toBe('all');
    expect(run.err).toContain('DATABASE_URL not set: embedded PostgreSQL');
    await expect(rows(url!, 'SELECT 1')).rejects.toThrow();
  }, 60_000);

  it('passes DATABASE_URL and APP_ROLE through when they are set, starting nothing', async () => {
    const run = await withDatabase(printEnv, {
      DATABASE_URL: 'postgres://u@db.invalid:5432/x',
      APP_ROLE: 'worker',
    });
    expect(run.code).toBe(3);
    expect(run.out.trim()).toBe('postgres://u@db.invalid:5432/x worker');
    expect(run.err).toBe('');
  }, 30_000);
});
