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
