import { Logger } from '@nestjs/common';
import type { SchedulerRegistry } from '@nestjs/schedule';
import type { Coordination } from '../coordination/coordination.port.js';

/**
 * Registers a periodic task that runs on at most one process at a time: each tick takes a
 * lock (Redis or Postgres) named after the task, so schedulers are safe on every worker replica.
 */
export function scheduleExclusive(
  registry: SchedulerRegistry,
  locks: Coordination,
  name: string,
  everyMs: number,
  run: () => Promise<unknown>,
): void {
  const logger = new Logger(`Scheduler:${name}`);
  const tick = async () => {
    try {
      const locked = await locks.tryLock(`schedule:${name}`, Math.max(everyMs - 1_000, 1_000));
      if (!locked) return;
      await run();
    } catch (error) {
      logger.error({ err: error }, 'scheduled run failed');
    }
    // The lock is left to expire: it also stops a second replica from re-running this tick.
  };
  registry.addInterval(
    name,
    setInterval(() => void tick(), everyMs),
  );
}

/** How often a worker asks whether the queue store lost its data. */
export const STORE_LOSS_CHECK_MS = 5_000;

/**
 * Runs `recover` if the queue store lost its data since the last check (see
 * Coordination.setMarker): true then. Exactly one process's check sees each loss (and a fresh
 * store's first), so one recovery runs. Without it, work whose jobs vanished waits for the
 * periodic reconcilers' idle threshold (minutes). A recovery that fails is left to those
 * reconcilers: the marker is already set again.
 */
export async function recoverIfStoreLost(
  store: Coordination,
  name: string,
  recover: () => Promise<unknown>,
): Promise<boolean> {
  // Unreachable store: nothing to learn until it is back (health and the queues report it).
  const lost = await store.setMarker(`store-epoch:${name}`).catch(() => false);
  if (!lost) return false;
  try {
    await recover();
  } catch (error) {
    new Logger(`Scheduler:${name}`).error(
      { err: error },
      'recovery after the queue store lost its data failed',
    );
  }
  return true;
}

/** Runs `check` at boot and every STORE_LOSS_CHECK_MS (see recoverIfStoreLost). */
export function scheduleStoreLossCheck(
  registry: SchedulerRegistry,
  name: string,
  check: () => Promise<unknown>,
): void {
  void check();
  registry.addInterval(
    `${name}-store-loss`,
    setInterval(() => void check(), STORE_LOSS_CHECK_MS),
  );
}
