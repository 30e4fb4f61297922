import { Logger } from '@nestjs/common';

/** A lock that stays held while its holder lives (Coordination.tryLease). */
export interface Lease {
  /**
   * True while the store confirmed the lock less than a TTL ago (by this process's monotonic
   * clock) and never refused it. Not a guarantee against a store that loses data (a Redis
   * failover to a replica that missed the key), which can hand the lock to another meanwhile.
   */
  readonly held: boolean;
  /**
   * Renews now, and answers whether the lock stays ours for at least `forMs` even if no later
   * renewal gets through: asked right before an effect that must not happen twice.
   */
  confirm(forMs: number): Promise<boolean>;
  /** Frees the lock; a store that cannot be reached lets it expire instead. */
  release(): Promise<void>;
}

/**
 * Renews a lock every third of its TTL until released. A renewal that fails to reach the store
 * (or takes a third of the TTL) is tried again at the next tick; a renewal the store refuses
 * (the lock expired, or is someone else's) ends the lease. Validity is counted from when the
 * last successful renewal was sent, so a stalled event loop or a slow store cannot make `held`
 * outlive the lock in the store.
 */
export class RenewedLease implements Lease {
  private readonly logger = new Logger('Lease');
  private live = true;
  private validUntil: number;
  private renewing?: Promise<void>;
  private failing = false;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly name: string,
    private readonly extend: () => Promise<boolean>,
    private readonly free: () => Promise<void>,
    private readonly ttlMs: number,
    /** performance.now() when the acquiring request was sent. */
    acquiredAt: number,
  ) {
    this.validUntil = acquiredAt + ttlMs;
    // Unref'd: a lease never keeps a process alive that is otherwise done.
    this.timer = setInterval(() => void this.renew(), Math.max(Math.floor(ttlMs / 3), 10));
    this.timer.unref();
  }

  get held(): boolean {
    return this.live && performance.now() < this.validUntil;
  }

  async confirm(forMs: number): Promise<boolean> {
    await this.renew();
    return this.held && this.validUntil - performance.now() >= forMs;
  }

  async release(): Promise<void> {
    if (!this.live) return;
    this.end();
    try {
      await this.free();
    } catch {
      // The lock expires within its TTL; the run's own outcome matters more than this.
    }
  }

  /** One renewal at a time: a tick or a confirm() during one waits for it. */
  private renew(): Promise<void> {
    this.renewing ??= this.tryExtend().finally(() => (this.renewing = undefined));
    return this.renewing;
  }

  private async tryExtend(): Promise<void> {
    if (!this.live) return;
    const sentAt = performance.now();
    try {
      const extended = await within(this.extend(), Math.floor(this.ttlMs / 3));
      if (!this.live) return;
      if (!extended) {
        this.logger.warn({ lock: this.name }, 'lease lost: the store holds the lock for another');
        return this.end();
      }
      this.validUntil = sentAt + this.ttlMs;
      this.failing = false;
    } catch (err) {
      if (this.failing) return;
      this.failing = true;
      this.logger.warn({ lock: this.name, err }, 'lease renewal failed; trying again');
    }
  }

  private end(): void {
    this.live = false;
    clearInterval(this.timer);
  }
}

/** `promise`, or a rejection after `ms` (the promise itself is left to settle unobserved). */
function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
