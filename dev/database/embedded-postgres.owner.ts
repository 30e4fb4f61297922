import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * Which process owns a running embedded PostgreSQL, so that a second process of ours shares it
 * and only an orphan (its owner killed) is adopted and later stopped.
 */

const run = promisify(execFile);

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Written into the data directory by the process that started (or adopted) the server. */
const OWNER_FILE = 'embedded-owner.json';

interface Owner {
  /** The app process responsible for stopping the server. */
  pid: number;
  /** That process' start time (see startTimeOf), so a reused pid is not mistaken for it. */
  started: string;
  /** The server (postmaster) pid the claim is about; a claim about an earlier server is void. */
  server: number;
}

const HAS_PROC = existsSync('/proc/self/stat');

/**
 * When a process started, as an opaque token: on Linux field 22 of /proc/<pid>/stat (clock ticks
 * since boot), elsewhere (macOS) `ps -o lstart=`. null when the process is gone.
 */
async function startTimeOf(pid: number): Promise<string | null> {
  if (HAS_PROC) {
    try {
      const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
      // Field 2 (the command name) may hold spaces and parentheses: count after its last ')',
      // where field 3 starts.
      const started = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[22 - 3];
      return started ? `proc:${started}` : null;
    } catch {
      return null;
    }
  }
  try {
    const started = (await run('ps', ['-o', 'lstart=', '-p', String(pid)])).stdout.trim();
    return started ? `ps:${started}` : null;
  } catch {
    return null;
  }
}

async function readOwner(dataDir: string): Promise<Owner | null> {
  try {
    const owner = JSON.parse(await readFile(join(dataDir, OWNER_FILE), 'utf8')) as Partial<Owner>;
    return Number.isInteger(owner.pid) &&
      Number.isInteger(owner.server) &&
      typeof owner.started === 'string'
      ? (owner as Owner)
      : null;
  } catch {
    return null;
  }
}

/** Claims the server for this process (written to a temporary file, then renamed into place). */
export async function writeOwner(dataDir: string, server: number): Promise<void> {
  const started = await startTimeOf(process.pid);
  if (!started) return;
  const owner: Owner = { pid: process.pid, started, server };
  const file = join(dataDir, OWNER_FILE);
  await writeFile(`${file}.${process.pid}`, `${JSON.stringify(owner)}\n`);
  await rename(`${file}.${process.pid}`, file);
}

/** Drops this process' claim once it has stopped the server. */
export async function releaseOwner(dataDir: string): Promise<void> {
  const owner = await readOwner(dataDir);
  if (owner?.pid === process.pid) await rm(join(dataDir, OWNER_FILE), { force: true });
}

/**
 * Is the server an orphan (its owner died without stopping it, e.g. kill -9), rather than
 * serving another live process of ours (a second `npm run dev`, a CLI)? The owner file names the
 * owner by pid and start time: it is gone, or its pid now belongs to another process. (Telling
 * by the parent's process name broke on Node 24, whose main thread is called MainThread.)
 */
export async function orphaned(dataDir: string, server: number): Promise<boolean> {
  const owner = await readOwner(dataDir);
  if (owner?.server === server) {
    if (!processAlive(owner.pid)) return true;
    const started = await startTimeOf(owner.pid);
    // A process that vanished meanwhile has no start time: an orphan too.
    return started !== owner.started;
  }
  // No claim for this server (one started by an earlier release): its starter is its parent
  // while alive; once that dies the server is re-parented to init or a subreaper. A live parent
  // that is not init may be either: leave the server running.
  try {
    const ppid = Number((await run('ps', ['-o', 'ppid=', '-p', String(server)])).stdout.trim());
    return !ppid || ppid === 1 || !processAlive(ppid);
  } catch {
    return false; // cannot tell: leave it running
  }
}
