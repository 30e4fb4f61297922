import cluster, { type Worker } from 'node:cluster';

/**
 * API_PROCESSES > 1: the process started as the api becomes a supervisor that forks that many
 * full api processes (main.ts again, as cluster workers) sharing its listening port; node:cluster
 * hands out connections round-robin. The supervisor serves no requests itself.
 *
 * Children are stopped together and exit together. A child that exits on its own (a crash, a
 * failed boot) makes the supervisor stop the others and exit 1: restarting is the process
 * manager's job (Kubernetes, Docker), and a half-strength api that still answers health probes
 * would hide the failure. Children exit by themselves if the supervisor dies (cluster closes
 * their IPC channel).
 */
export class ApiProcesses {
  private readonly children = new Set<Worker>();
  private stopping = false;
  private allClean = true;
  private resolveDone!: () => void;
  private resolveFailed!: (reason: string) => void;
  /** Every child has exited. */
  readonly done = new Promise<void>((resolve) => (this.resolveDone = resolve));
  /** A child exited without being asked to; the supervisor should stop the rest and fail. */
  readonly failed = new Promise<string>((resolve) => (this.resolveFailed = resolve));

  constructor(
    count: number,
    env: Record<string, string>,
    private readonly log: (line: string) => void,
  ) {
    for (let i = 0; i < count; i++) {
      const child = cluster.fork(env);
      this.children.add(child);
      child.on('exit', (code, signal) => this.onExit(child, code, signal));
    }
    this.log(
      `api: ${count} processes (${[...this.children].map((c) => c.process.pid).join(', ')}) share one port`,
    );
  }

  /** True while no child failed or was killed. */
  get clean(): boolean {
    return this.allClean;
  }

  /** SIGTERM to every child (each shuts down gracefully); resolves once all have exited. */
  stop(): Promise<void> {
    if (!this.stopping) {
      this.stopping = true;
      for (const child of this.children) child.process.kill('SIGTERM');
    }
    return this.done;
  }

  /** Past the grace period: children still running are killed. */
  kill(): void {
    for (const child of this.children) child.process.kill('SIGKILL');
  }

  private onExit(child: Worker, code: number | null, signal: string | null): void {
    this.children.delete(child);
    // One still booting has no signal handler yet and dies of our SIGTERM: stopped, as asked.
    const stoppedAsAsked = this.stopping && signal === 'SIGTERM';
    if (code !== 0 && !stoppedAsAsked) this.allClean = false;
    if (!this.stopping) {
      this.allClean = false;
      this.resolveFailed(`api process ${child.process.pid} exited (${signal ?? `code ${code}`})`);
    }
    if (this.children.size === 0) this.resolveDone();
  }
}
