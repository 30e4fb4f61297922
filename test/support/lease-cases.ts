import { expect } from 'vitest';
import type { Coordination } from '../../src/core/coordination/coordination.port.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * What Coordination.tryLease promises, against a real store: held past its TTL while its holder
 * lives, free once released, and given up (never freeing the new holder's lock) once the store
 * says someone else holds it. `steal` makes the store's lock someone else's.
 */
export async function expectLeaseBehaviour(
  store: Coordination,
  name: string,
  steal: (lockName: string) => Promise<void>,
): Promise<void> {
  const lease = await store.tryLease(name, 300);
  expect(lease?.held).toBe(true);
  expect(await store.tryLease(name, 300)).toBeNull();
  // Three TTLs later it is still held: renewed, not expired.
  await sleep(900);
  expect(await store.tryLock(name, 300)).toBeNull();
  expect(lease!.held).toBe(true);
  await lease!.release();
  expect(lease!.held).toBe(false);
  const next = await store.tryLock(name, 300);
  expect(next).toBeTruthy();
  await next!();

  const stolen = await store.tryLease(`${name}-stolen`, 300);
  expect(stolen?.held).toBe(true);
  await steal(`${name}-stolen`);
  // The next renewal (a third of the TTL) finds it taken.
  await sleep(250);
  expect(stolen!.held).toBe(false);
  await stolen!.release();
  expect(await store.tryLock(`${name}-stolen`, 300)).toBeNull();
}
