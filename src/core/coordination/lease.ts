/** A lock that stays held while its holder lives (Coordination.tryLease). */
export interface Lease {
  /**
   * False once a renewal found the lock expired or taken: another run may hold it now, so work
   * that must not run twice checks this before its effect.
   */
  readonly held: boolean;
  release(): Promise<void>;
}

/**
 * Renews a lock every third of its TTL until released. A renewal that fails to reach the store
 * is tried again at the next tick: the lock only lapses if the store stays unreachable for the
 * rest of its TTL. A renewal the store refuses (the lock expired, or is someone else's) ends it.
 */
export class RenewedLease implements Lease {
  private live = true;
  private renewing = false;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly extend: () => Promise<boolean>,
    private readonly free: () => Promise<void>,
    ttlMs: number,
  ) {
    // Unref'd: a lease never keeps a process alive that is otherwise done.
    this.timer = setInterval(() => void this.renew(), Math.max(Math.floor(ttlMs / 3), 10));
    this.timer.unref();
  }

  get held(): boolean {
    return this.live;
  }

  private async renew(): Promise<void> {
    if (this.renewing || !this.live) return;
    this.renewing = true;
    try {
      if (!(await this.extend())) this.end();
    } catch {
      // Store unreachable: the next tick tries again.
    } finally {
      this.renewing = false;
    }
  }

  private end(): void {
    this.live = false;
    clearInterval(this.timer);
  }

  async release(): Promise<void> {
    this.end();
    await this.free();
  }
}
