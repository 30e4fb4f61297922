import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { cpuSeconds, freePort, log, ROOT, rssMiB, sleep, waitFor } from './infra.js';

/**
 * The product's roles as real child processes (`node dist/src/main.js api|worker`), as they run
 * in production: one process per role, talking only through Postgres and Redis.
 */
export type Role = 'api' | 'worker' | 'all';

/**
 * The build the roles run: dist/ of this checkout, or BENCH_DIST (another build, e.g. of the code
 * before an optimisation, for a before/after pair run back to back under the same load).
 */
export function distDir(): string {
  return process.env.BENCH_DIST ?? join(ROOT, 'dist');
}

/** The Node binary the roles run on: BENCH_NODE (e.g. a Node 22 binary while the benches run on 20), else this one. */
export function roleNodeBinary(): string {
  return process.env.BENCH_NODE ?? process.execPath;
}

/** The role's container in its Deployment (k8s/<role>-deployment.yaml). */
function shippedContainer(role: Role): {
  args?: string[];
  env?: { name: string; value?: string }[];
} {
  // `all` (both roles in one process) ships as the api's image and flags.
  const file = role === 'all' ? 'api' : role;
  const manifest = parse(readFileSync(join(ROOT, 'k8s', `${file}-deployment.yaml`), 'utf8')) as {
    spec: {
      template: {
        spec: { containers: { args?: string[]; env?: { name: string; value?: string }[] }[] };
      };
    };
  };
  return manifest.spec.template.spec.containers[0];
}

/**
 * NODE_OPTIONS the role ships with (its Deployment in k8s/), so the roles run here as they run
 * in production. BENCH_NODE_OPTIONS overrides (an empty value: Node's defaults).
 */
export function shippedNodeOptions(role: Role): string {
  if (process.env.BENCH_NODE_OPTIONS !== undefined) return process.env.BENCH_NODE_OPTIONS;
  return (
    shippedContainer(role)
      .env?.find((e) => e.name === 'NODE_OPTIONS')
      ?.value?.trim() ?? ''
  );
}

/**
 * Node/V8 flags the role's container passes on its command line (`args: [node, <flags>, script]`;
 * V8 flags such as --heap-growing-percent are not allowed in NODE_OPTIONS). BENCH_NODE_FLAGS
 * overrides (an empty value: none).
 */
export function shippedNodeFlags(role: Role): string[] {
  if (process.env.BENCH_NODE_FLAGS !== undefined)
    return process.env.BENCH_NODE_FLAGS.split(' ').filter(Boolean);
  const args = shippedContainer(role).args ?? [];
  return args[0] === 'node' ? args.slice(1).filter((a) => a.startsWith('--')) : [];
}

export class RoleProcess {
  proc?: ChildProcess;
  port = 0;
  starts = 0;
  exits: { code: number | null; signal: NodeJS.Signals | null; at: number }[] = [];
  private rssPeak = 0;
  private sampler?: NodeJS.Timeout;

  constructor(
    readonly role: Role,
    readonly name: string,
    private readonly env: Record<string, string>,
    private readonly logDir: string,
  ) {}

  get pid(): number | undefined {
    return this.proc?.pid;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get alive(): boolean {
    return !!this.proc && this.proc.exitCode === null && this.proc.signalCode === null;
  }

  /** Booted and listening (set by ready(), cleared by the next start). */
  get isReady(): boolean {
    return this.alive && this.readyPid === this.proc?.pid;
  }

  private readyPid?: number;

  async start(opts: { waitReady?: boolean } = {}): Promise<this> {
    this.port = this.port || (await freePort());
    const portVar = this.role === 'worker' ? 'WORKER_HEALTH_PORT' : 'PORT';
    const out = createWriteStream(join(this.logDir, `${this.name}.log`), { flags: 'a' });
    this.starts++;
    // BENCH_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") profiles the roles.
    const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
    const proc = spawn(
      roleNodeBinary(),
      [...shippedNodeFlags(this.role), ...nodeArgs, join(distDir(), 'src', 'main.js'), this.role],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          NODE_OPTIONS: shippedNodeOptions(this.role),
          ...this.env,
          [portVar]: String(this.port),
          NODE_ENV: 'production',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    proc.stdout?.pipe(out);
    proc.stderr?.pipe(out);
    proc.once('exit', (code, signal) => this.exits.push({ code, signal, at: Date.now() }));
    this.proc = proc;
    this.sampler ??= setInterval(() => this.sample(), 500);
    if (opts.waitReady !== false) await this.ready();
    return this;
  }

  /**
   * Waits until /api/health/live answers (the role booted and listens). BENCH_BOOT_TIMEOUT_MS
   * raises the bound for roles run under valgrind (bench/callgrind-worker.sh) on a slow host.
   */
  async ready(timeoutMs = Number(process.env.BENCH_BOOT_TIMEOUT_MS ?? 120_000)): Promise<void> {
    const pid = this.proc?.pid;
    await waitFor(
      `${this.name} to listen`,
      async () => {
        if (!this.alive) throw new Error(`${this.name} exited during boot (see its log)`);
        const res = await fetch(`${this.url}/api/health/live`);
        return res.ok;
      },
      timeoutMs,
      100,
    ).catch((error: Error) => {
      if (!this.alive)
        throw new Error(
          `${this.name} exited during boot: see ${join(this.logDir, `${this.name}.log`)}`,
        );
      throw error;
    });
    if (this.proc?.pid === pid) this.readyPid = pid;
  }

  /** SIGKILL: no shutdown hook runs, locks stay held, jobs stay active until BullMQ's stall check. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const proc = this.proc;
    if (!proc || !this.alive) return;
    const exited = new Promise((r) => proc.once('exit', r));
    proc.kill(signal);
    await Promise.race([exited, sleep(30_000)]);
  }

  async stop(): Promise<void> {
    if (this.sampler) clearInterval(this.sampler);
    this.sampler = undefined;
    if (!this.alive) return;
    await this.kill('SIGTERM');
    if (this.alive) await this.kill('SIGKILL');
  }

  private sample(): void {
    const rss = rssMiB(this.pid);
    if (rss && rss > this.rssPeak) this.rssPeak = rss;
  }

  /** Peak and current RSS in MiB, and CPU seconds used so far by the current process. */
  memory(): { rssPeakMiB: number; rssNowMiB: number | null; cpuSeconds: number | null } {
    this.sample();
    return {
      rssPeakMiB: this.rssPeak,
      rssNowMiB: rssMiB(this.pid),
      cpuSeconds: cpuSeconds(this.pid),
    };
  }

  resetPeak(): void {
    this.rssPeak = 0;
  }
}

export function describeExits(p: RoleProcess): string {
  return p.exits.map((e) => `${e.signal ?? e.code}`).join(',');
}

export { log };
