import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

/**
 * Throw-away infrastructure for benchmarks and fault drills: a fresh database on the machine's
 * PostgreSQL, a private redis-server (so FLUSHALL or a kill never touches anyone else's), free
 * ports, a compiled build. Everything binds to 127.0.0.1.
 */
export const ROOT = join(import.meta.dirname, '..', '..');
const ADMIN_URL =
  process.env.BENCH_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function runDir(name: string): string {
  const base = join(tmpdir(), 'eas-bench');
  mkdirSync(base, { recursive: true });
  return mkdtempSync(join(base, `${name}-`));
}
import { freePort } from '../../src/core/net/free-port.js';

export { freePort };

export interface TempDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** CREATE DATABASE eas_bench_<time>_<rand>; drop() removes it (WITH FORCE) at the end. */
export async function createDatabase(adminUrl = ADMIN_URL): Promise<TempDatabase> {
  const name = `eas_bench_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: async () => {
      const c = new Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export interface PrivateRedis {
  port: number;
  url: string;
  proc: ChildProcess;
  stop(): Promise<void>;
}

/** A redis-server of our own on a free port, no persistence: FLUSHALL and kills hurt nobody else. */
export async function startRedis(dir: string): Promise<PrivateRedis> {
  const port = await freePort();
  const proc = spawn(
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--dir',
      dir,
      '--maxmemory-policy',
      'noeviction',
    ],
    {
      stdio: 'ignore',
    },
  );
  const url = `redis://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    const r = spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' });
    if (r.stdout?.trim() === 'PONG') break;
    if (Date.now() > deadline) throw new Error('private redis-server did not start');
    await sleep(100);
  }
  return {
    port,
    url,
    proc,
    stop: async () => {
      if (proc.exitCode !== null) return;
      proc.kill('SIGTERM');
      await new Promise((r) => proc.once('exit', r));
    },
  };
}

export function redisCli(port: number, ...args: string[]): string {
  return spawnSync('redis-cli', ['-p', String(port), ...args], { encoding: 'utf8' }).stdout.trim();
}

/** Builds dist/ when any file under src/ or migrations/ is newer than dist/src/main.js. */
export function ensureBuild(): void {
  const main = join(ROOT, 'dist', 'src', 'main.js');
  let built: number;
  try {
    built = statSync(main).mtimeMs;
  } catch {
    built = 0;
  }
  const newest = Math.max(newestMtime(join(ROOT, 'src')), newestMtime(join(ROOT, 'migrations')));
  if (newest <= built) return;
  process.stderr.write('bench: building dist/ (src changed since the last build)\n');
  const r = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('build failed');
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(p));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts'))
      newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | null | undefined | false>,
  timeoutMs: number,
  everyMs = 200,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => null);
    if (value) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(everyMs);
  }
}

/** Machine load at a moment: 1-minute load average and what else is burning CPU. */
export function loadConditions(): {
  loadavg1: number;
  loadavg5: number;
  cpus: number;
  uptime: string;
} {
  const [l1, l5] = loadavg();
  const uptime = spawnSync('uptime', { encoding: 'utf8' }).stdout.trim();
  return {
    loadavg1: round(l1, 2),
    loadavg5: round(l5, 2),
    cpus: Number(spawnSync('nproc', { encoding: 'utf8' }).stdout.trim()),
    uptime,
  };
}

/**
 * How fast this host's CPU is right now: milliseconds for a fixed single-threaded workload
 * (JSON round trips, hashing, string building), best of three. The same build on a shared
 * host runs faster or slower from one hour to the next; printed beside each result so
 * runs taken at different times can be compared. Lower is faster.
 */
export function hostSpeedMs(): number {
  const doc = {
    id: 'x'.repeat(36),
    items: Array.from({ length: 50 }, (_, i) => ({ i, name: `item-${i}`, tags: ['a', 'b'] })),
  };
  let best = Infinity;
  for (let attempt = 0; attempt < 3; attempt++) {
    const started = performance.now();
    let sink = 0;
    for (let i = 0; i < 2_000; i++) {
      const text = JSON.stringify(doc);
      sink += (JSON.parse(text) as typeof doc).items.length;
      sink += createHash('sha256').update(text).digest()[0];
      sink += text.split('"').join("'").length;
    }
    best = Math.min(best, performance.now() - started);
    if (sink < 0) throw new Error('unreachable');
  }
  return Math.round(best * 10) / 10;
}

/** Resident set size of a process in MiB (VmRSS), or null when it is gone. */
export function rssMiB(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? round(Number(m[1]) / 1024, 1) : null;
  } catch {
    return null;
  }
}

/** A process's cumulative user and system CPU seconds (utime, stime of /proc/<pid>/stat). */
export function cpuTimes(pid: number | undefined): { user: number; system: number } | null {
  if (!pid) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 (1-based) of stat; we dropped the first two.
    return { user: Number(fields[11]) / 100, system: Number(fields[12]) / 100 };
  } catch {
    return null;
  }
}

/** Cumulative CPU seconds (user+system) of a process, from /proc/<pid>/stat. */
export function cpuSeconds(pid: number | undefined): number | null {
  const times = cpuTimes(pid);
  return times && times.user + times.system;
}

export function round(n: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

/** The one machine-readable line every bench and drill ends with. */
export function printResult(result: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

export function log(message: string): void {
  process.stderr.write(`[${new Date().toISOString().slice(11, 23)}] ${message}\n`);
}
