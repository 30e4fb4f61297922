import type { ThrottlerStorage } from '@nestjs/throttler';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

interface Window {
  hits: number;
  resetAt: number;
  blockedUntil: number;
}

/**
 * In-memory throttler storage with O(1) work per request: one counter per key and window.
 *
 * @nestjs/throttler's default storage keeps one expiry timestamp per hit and filters that list on
 * every request, so a request costs O(hits in the window). With the webhook's budget of 60,000
 * pushes a minute from one source, that is up to 60,000 entries scanned per push, a cost that
 * grows with the push rate (it showed in the webhook bench's api profile).
 * Same contract (blocked past `limit` hits, for `blockDuration`); the window is fixed from a
 * key's first hit rather than sliding, so at a window's edge up to 2× limit can pass.
 */
export class FixedWindowThrottlerStorage implements ThrottlerStorage {
  private readonly windows = new Map<string, Window>();

  constructor() {
    // Drops idle keys; unref'd, so it never holds the process open.
    setInterval(() => this.sweep(), 60_000).unref();
  }

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    _throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    const now = Date.now();
    let w = this.windows.get(key);
    if (!w) {
      w = { hits: 0, resetAt: now + ttl, blockedUntil: 0 };
      this.windows.set(key, w);
    }
    if (w.blockedUntil && now >= w.blockedUntil) {
      // Block served: start afresh, this request counting as the first hit.
      w.blockedUntil = 0;
      w.hits = 0;
      w.resetAt = now + ttl;
    } else if (!w.blockedUntil && now >= w.resetAt) {
      w.hits = 0;
      w.resetAt = now + ttl;
    }
    const seconds = (until: number) => Math.max(0, Math.ceil((until - now) / 1000));
    if (blockDuration <= 0) {
      // No block period: refuse past the limit until the window resets.
      const blocked = w.hits >= limit;
      if (!blocked) w.hits++;
      return {
        totalHits: w.hits + (blocked ? 1 : 0),
        timeToExpire: seconds(w.resetAt),
        isBlocked: blocked,
        timeToBlockExpire: blocked ? seconds(w.resetAt) : 0,
      };
    }
    if (!w.blockedUntil) {
      w.hits++;
      if (w.hits > limit) w.blockedUntil = now + blockDuration;
    }
    return {
      totalHits: w.hits,
      timeToExpire: seconds(w.resetAt),
      isBlocked: w.blockedUntil > 0,
      timeToBlockExpire: w.blockedUntil ? seconds(w.blockedUntil) : 0,
    };
  }

  private sweep(now = Date.now()): void {
    for (const [key, w] of this.windows)
      if (now >= w.resetAt && now >= w.blockedUntil) this.windows.delete(key);
  }
}
