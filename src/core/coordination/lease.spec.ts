import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RenewedLease } from './lease.js';

describe('RenewedLease', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('renews every third of its TTL until released, then frees the lock once', async () => {
    const extend = vi.fn().mockResolvedValue(true);
    const free = vi.fn().mockResolvedValue(undefined);
    const lease = new RenewedLease(extend, free, 15_000);
    await vi.advanceTimersByTimeAsync(15_000);
    expect(extend).toHaveBeenCalledTimes(3);
    expect(lease.held).toBe(true);
    await lease.release();
    await vi.advanceTimersByTimeAsync(15_000);
    expect(extend).toHaveBeenCalledTimes(3);
    expect(free).toHaveBeenCalledTimes(1);
    expect(lease.held).toBe(false);
  });

  it('is lost for good when the store refuses a renewal', async () => {
    const extend = vi.fn().mockResolvedValueOnce(true).mockResolvedValue(false);
    const lease = new RenewedLease(extend, vi.fn().mockResolvedValue(undefined), 3_000);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(lease.held).toBe(false);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(extend).toHaveBeenCalledTimes(2);
  });

  it('keeps trying while the store is unreachable, and stays held when it answers again', async () => {
    const extend = vi
      .fn()
      .mockRejectedValueOnce(new Error('connection refused'))
      .mockRejectedValueOnce(new Error('connection refused'))
      .mockResolvedValue(true);
    const lease = new RenewedLease(extend, vi.fn().mockResolvedValue(undefined), 3_000);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(extend).toHaveBeenCalledTimes(3);
    expect(lease.held).toBe(true);
    await lease.release();
  });

  it('never runs two renewals at once when the store is slow', async () => {
    let answer: (ok: boolean) => void = () => undefined;
    const extend = vi.fn(() => new Promise<boolean>((r) => (answer = r)));
    const lease = new RenewedLease(extend, vi.fn().mockResolvedValue(undefined), 300);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(extend).toHaveBeenCalledTimes(1);
    answer(true);
    await vi.advanceTimersByTimeAsync(100);
    expect(extend).toHaveBeenCalledTimes(2);
    await lease.release();
  });
});
