import { execFileSync, spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function builtMtime(): number {
  try {
    return statSync(join(root, 'dist/src/main.js')).mtimeMs;
  } catch {
    return 0;
  }
}

/**
 * For tests of the built entry points (`node dist/src/main.js`, `node dist/src/cli/*.js`, what the
 * image runs; the npm scripts run the sources). CI builds before `npm test`; a checkout whose build
 * is missing or older than its sources is built here (once per run: later calls find it fresh).
 */
export function ensureBuilt(): void {
  // Set by whoever has just built and is editing sources meanwhile (the build is then theirs).
  if (process.env.TEST_USE_EXISTING_BUILD === '1') return;
  const sources = Math.max(newestMtime(join(root, 'src')), newestMtime(join(root, 'migrations')));
  if (builtMtime() >= sources) return;
  try {
    execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'pipe', encoding: 'utf8' });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`npm run build failed:\n${stdout ?? ''}${stderr ?? ''}`, { cause: error });
  }
}

export interface CliRun {
  exited: Promise<number | null>;
  out: () => string;
  err: () => string;
  /** Resolves with stdout once it matches `pattern` (rejects if the process exits first). */
  waitFor: (pattern: RegExp, timeoutMs?: number) => Promise<RegExpMatchArray>;
  kill: (signal?: NodeJS.Signals) => void;
}

/**
 * Starts `npm run <script> -- <args>` as its own process, exactly as README says to run it, with
 * only the given environment (plus PATH and HOME, which npm needs).
 */
export function runNpmScript(script: string, env: NodeJS.ProcessEnv, args: string[] = []): CliRun {
  return runCommand('npm', ['run', '-s', script, ...(args.length ? ['--', ...args] : [])], env);
}

/**
 * Starts `command args` in the checkout (or `cwd`) as its own process group, output captured.
 * ENV_FILE=/dev/null unless `env` names a file: a developer's .env stays out of tests.
 */
export function runCommand(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  opts: { cwd?: string } = {},
): CliRun {
  const child = spawn(command, args, {
    cwd: opts.cwd ?? root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ENV_FILE: '/dev/null', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: npm starts node through a shell, and kill() must reach all of them.
    detached: true,
  });
  let stdout = '';
  let stderr = '';
  const listeners = new Set<() => void>();
  child.stdout.on('data', (d) => {
    stdout += d;
    for (const l of listeners) l();
  });
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
  const waitFor = (pattern: RegExp, timeoutMs = 30_000) =>
    new Promise<RegExpMatchArray>((res, rej) => {
      const check = () => {
        const m = stdout.match(pattern);
        if (!m) return;
        done();
        res(m);
      };
      const timer = setTimeout(() => {
        done();
        rej(new Error(`timed out waiting for ${pattern}; stdout: ${stdout}; stderr: ${stderr}`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        listeners.delete(check);
      };
      listeners.add(check);
      void exited.then((code) => {
        if (!listeners.has(check)) return;
        done();
        rej(new Error(`exited ${code} before ${pattern}; stdout: ${stdout}; stderr: ${stderr}`));
      });
      check();
    });
  return {
    exited,
    out: () => stdout,
    err: () => stderr,
    waitFor,
    kill: (signal: NodeJS.Signals = 'SIGKILL') => {
      if (child.exitCode === null && child.pid) process.kill(-child.pid, signal);
    },
  };
}
