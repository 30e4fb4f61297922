import { RenewedLease, type Lease } from './lease.js';

export type { Lease };

/** Releases a lock taken with tryLock (only if it is still ours). */
export type LockRelease = () => Promise<void>;

/**
 * State shared by every process of a deployment, apart from the queues: short-lived locks,
 * worker heartbeats and markers. Redis holds it when REDIS_URL is set (RedisService); otherwise a Postgres
 * table does (PostgresCoordination). Both are correct across several processes.
 */
export abstract class Coordination {
  /** Which store answers: health reports it, so an operator sees what "redis" means. */
  abstract readonly store: 'redis' | 'postgres';

  /** Is the store reachable (within timeoutMs)? Never throws. */
  abstract ping(timeoutMs?: number): Promise<boolean>;

  /** Takes the named lock for ttlMs; a release function, or null when someone else holds it. */
  async tryLock(name: string, ttlMs: number): Promise<LockRelease | null> {
    const token = await this.acquire(name, ttlMs);
    return token === null ? null : () => this.free(name, token);
  }

  /**
   * Takes the named lock for as long as this process holds it and the store answers: renewed
   * every third of ttlMs, so a holder that dies (SIGKILL, OOM) frees it within ttlMs, however
   * long a live holder runs. Null when someone else holds it.
   */
  async tryLease(name: string, ttlMs: number): Promise<Lease | null> {
    const sentAt = performance.now();
    const token = await this.acquire(name, ttlMs);
    if (token === null) return null;
    return new RenewedLease(
      name,
      () => this.extend(name, token, ttlMs),
      () => this.free(name, token),
      ttlMs,
      sentAt,
    );
  }

  /** Takes the named lock for ttlMs: the holder's token, or null when it is held. */
  protected abstract acquire(name: string, ttlMs: number): Promise<string | null>;

  /** Extends the lock by ttlMs from now if `token` still holds it (and it has not expired). */
  protected abstract extend(name: string, token: string, ttlMs: number): Promise<boolean>;

  /** Frees the lock if `token` still holds it (it may have expired and been taken since). */
  protected abstract free(name: string, token: string): Promise<void>;

  /** Records that `member` is alive for the next ttlMs. */
  abstract beat(member: string, ttlMs: number): Promise<void>;

  abstract leave(member: string): Promise<void>;

  /** Members whose last beat is younger than ttlMs. */
  abstract countLive(ttlMs: number): Promise<number>;

  /**
   * Sets the named marker, which never expires. True when it was not set: the store's first
   * use, or the store lost its data since (a Redis restarted without persistence, FLUSHALL),
   * and with it every queued job, since the queues live in the same store. Exactly one caller
   * sees true per loss.
   */
  abstract setMarker(name: string): Promise<boolean>;
}
