import { expect } from 'vitest';
import type { Coordination } from '../../src/core/coordination/coordination.port.js';
import { eventually } from './http.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Long enough that a loaded CI machine's pauses do not lapse it between renewals. */
const TTL_MS = 1_500;

/**
 * What Coordination.tryLease promises, against a real store: held past its TTL while its holder
 * lives, free once released, and given up (never freeing the new holder's lock) once the store
 * says someone else holds it. `steal` makes the store's lock someone else's, for a minute.
 */
export async function expectLeaseBehaviour(
  store: Coordination,
  name: string,
  steal: (lockName: string) => Promise<void>,
): Promise<void> {
  const lease = await store.tryLease(name, TTL_MS);
  const stolen = await store.tryLease(`${name}-stolen`, TTL_MS);
  try {
    expect(lease?.held).toBe(true);
    expect(await store.tryLease(name, TTL_MS)).toBeNull();
    // Two TTLs later it is still held: renewed, not expired.
    await sleep(2 * TTL_MS);
    expect(await store.tryLock(name, TTL_MS)).toBeNull();
    expect(lease!.held).toBe(true);
    expect(await lease!.confirm(TTL_MS / 2)).toBe(true);
    await lease!.release();
    expect(lease!.held).toBe(false);
    const next = await store.tryLock(name, TTL_MS);
    expect(next).toBeTruthy();
    await next!();

    expect(stolen?.held).toBe(true);
    await steal(`${name}-stolen`);
    // The next renewal finds it taken; releasing it then leaves the new holder's lock alone.
    await eventually(async () => !stolen!.held, 5_000, 50);
    expect(await stolen!.confirm(0)).toBe(false);
    await stolen!.release();
    expect(await store.tryLock(`${name}-stolen`, TTL_MS)).toBeNull();
  } finally {
    await lease?.release();
    await stolen?.release();
  }
}
