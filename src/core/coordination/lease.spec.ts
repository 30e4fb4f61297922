import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RenewedLease } from './lease.js';

const free = () => vi.fn().mockResolvedValue(undefined);
const lease = (extend: () => Promise<boolean>, ttlMs: number, release = free()) =>
  new RenewedLease('draft:t1', extend, release, ttlMs, performance.now());

describe('RenewedLease', () => {
  beforeEach(() =>
    vi.useFakeTimers({
      toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'performance'],
    }),
  );
  afterEach(() => vi.useRealTimers());

  it('renews every third of its TTL until released, then frees the lock once', async () => {
    const extend = vi.fn().mockResolvedValue(true);
    const release = free();
    const l = lease(extend, 15_000, release);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(extend).toHaveBeenCalledTimes(12);
    expect(l.held).toBe(true);
    await l.release();
    await l.release();
    await vi.advanceTimersByTimeAsync(15_000);
    expect(extend).toHaveBeenCalledTimes(12);
    expect(release).toHaveBeenCalledTimes(1);
    expect(l.held).toBe(false);
  });

  it('is lost for good when the store refuses a renewal', async () => {
    const extend = vi.fn().mockResolvedValueOnce(true).mockResolvedValue(false);
    const l = lease(extend, 3_000);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(l.held).toBe(false);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(extend).toHaveBeenCalledTimes(2);
  });

  it('stops counting as held one TTL after the last renewal that got through', async () => {
    const extend = vi
      .fn()
      .mockResolvedValueOnce(true)
      .mockRejectedValue(new Error('connection refused'));
    const l = lease(extend, 3_000);
    // Renewed at 1 s; the ones at 2, 3 s... fail: valid until 1 s + 3 s.
    await vi.advanceTimersByTimeAsync(3_900);
    expect(l.held).toBe(true);
    await vi.advanceTimersByTimeAsync(200);
    expect(l.held).toBe(false);
    // Still trying: held again once the store answers.
    extend.mockResolvedValue(true);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(l.held).toBe(true);
    await l.release();
  });

  it('gives up on a renewal that hangs, and never runs two at once', async () => {
    const extend = vi.fn(() => new Promise<boolean>(() => undefined));
    const l = lease(extend, 3_000);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(extend).toHaveBeenCalledTimes(1);
    // The hung one times out after a third of the TTL (the tick at 2 s still finds it running);
    // the tick after tries again.
    await vi.advanceTimersByTimeAsync(2_100);
    expect(extend).toHaveBeenCalledTimes(2);
    // Nothing got through since the lock was taken 3.1 s ago.
    expect(l.held).toBe(false);
    await l.release();
  });

  it('confirms only with a fresh renewal that leaves enough time', async () => {
    const extend = vi.fn().mockResolvedValue(true);
    const l = lease(extend, 45_000);
    expect(await l.confirm(41_000)).toBe(true);
    expect(extend).toHaveBeenCalledTimes(1);
    expect(await l.confirm(46_000)).toBe(false);
    extend.mockRejectedValue(new Error('connection refused'));
    await vi.advanceTimersByTimeAsync(10_000);
    // The last renewal got through 10 s ago: 35 s left, not enough for a 41-s write.
    expect(await l.confirm(41_000)).toBe(false);
    expect(l.held).toBe(true);
    await l.release();
  });

  it('answers release even when the store cannot free the lock', async () => {
    const l = lease(
      vi.fn().mockResolvedValue(true),
      3_000,
      vi.fn().mockRejectedValue(new Error('down')),
    );
    await expect(l.release()).resolves.toBeUndefined();
    expect(l.held).toBe(false);
  });
});
