import { createMock } from '@golevelup/ts-vitest';
import { SchedulerRegistry } from '@nestjs/schedule';
import { afterEach, describe, expect, it } from 'vitest';
import { ScheduleConfig } from '../../core/config/schedule.config.js';
import type { Coordination } from '../../core/coordination/coordination.port.js';
import type { JobQueueService } from '../../core/queue/job-queue.service.js';
import type { MailboxRepository } from '../persistence/repositories/mailbox.repository.js';
import type {
  DueMailbox,
  MailboxScheduleRepository,
} from '../persistence/repositories/mailbox-schedule.repository.js';
import type { NotificationRepository } from '../persistence/repositories/notification.repository.js';
import { CLAIM_BATCH, MAX_CLAIMS_PER_TICK } from './fleet-schedule.js';
import { IngestionConfig } from './ingestion.config.js';
import { IngestionScheduler } from './ingestion.scheduler.js';
import type { WatchService } from './watch.service.js';

const schedules = Object.assign(new ScheduleConfig(), { SCHEDULERS_ENABLED: true });
const ingestion = Object.assign(new IngestionConfig(), { GMAIL_SYNC_INTERVAL_MINUTES: 5 });

function due(n: number, from = 0): DueMailbox[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `mb-${from + i}`,
    dueAt: new Date(Date.UTC(2026, 0, 1, 0, 0, from + i)),
  }));
}

function scheduler(claims: DueMailbox[][]) {
  const registry = new SchedulerRegistry();
  const schedule = createMock<MailboxScheduleRepository>();
  for (const c of claims) schedule.claimDue.mockResolvedValueOnce(c);
  schedule.claimDue.mockResolvedValue([]);
  const jobs = createMock<JobQueueService>();
  const mailboxes = createMock<MailboxRepository>();
  const s = new IngestionScheduler(
    schedules,
    ingestion,
    registry,
    createMock<Coordination>(),
    mailboxes,
    schedule,
    createMock<NotificationRepository>(),
    jobs,
    createMock<WatchService>(),
  );
  return { s, registry, schedule, jobs, mailboxes };
}

describe('IngestionScheduler', () => {
  let registry: SchedulerRegistry | undefined;
  afterEach(() => {
    for (const name of registry?.getIntervals() ?? []) registry!.deleteInterval(name);
  });

  it('runs the whole fleet on a fixed set of timers: none per mailbox, none reads mailboxes at boot', () => {
    const t = scheduler([]);
    registry = t.registry;
    t.s.onApplicationBootstrap();
    expect(t.registry.getIntervals().sort()).toEqual([
      'notification-reconcile',
      'periodic-sync',
      'sync-jobs-store-loss',
      'watch-renewal',
    ]);
    expect(t.mailboxes.listByStatus).not.toHaveBeenCalled();
    expect(t.schedule.claimDue).not.toHaveBeenCalled();
  });

  it('enqueues only the syncs that came due, each named by its slot, placing new mailboxes first', async () => {
    const t = scheduler([due(3)]);
    expect(await t.s.syncDue()).toBe(3);
    expect(t.schedule.place).toHaveBeenCalledWith('sync', 300);
    expect(t.schedule.place.mock.invocationCallOrder[0]).toBeLessThan(
      t.schedule.claimDue.mock.invocationCallOrder[0]!,
    );
    expect(t.schedule.claimDue).toHaveBeenCalledWith('sync', 300, 0, CLAIM_BATCH);
    const slot = Date.UTC(2026, 0, 1) / 1000;
    expect(t.jobs.enqueueSyncs).toHaveBeenCalledWith([
      {
        payload: { mailboxId: 'mb-0', correlationId: `scheduled-${slot}` },
        dedupKey: `sched_${slot}`,
      },
      {
        payload: { mailboxId: 'mb-1', correlationId: `scheduled-${slot + 1}` },
        dedupKey: `sched_${slot + 1}`,
      },
      {
        payload: { mailboxId: 'mb-2', correlationId: `scheduled-${slot + 2}` },
        dedupKey: `sched_${slot + 2}`,
      },
    ]);
  });

  it('claims again while batches come back full, but a bounded number of times per tick', async () => {
    const full = Array.from({ length: MAX_CLAIMS_PER_TICK + 2 }, (_, k) =>
      due(CLAIM_BATCH, k * CLAIM_BATCH),
    );
    const t = scheduler(full);
    expect(await t.s.syncDue()).toBe(MAX_CLAIMS_PER_TICK * CLAIM_BATCH);
    expect(t.schedule.claimDue).toHaveBeenCalledTimes(MAX_CLAIMS_PER_TICK);

    const partial = scheduler([due(CLAIM_BATCH), due(7, CLAIM_BATCH)]);
    expect(await partial.s.syncDue()).toBe(CLAIM_BATCH + 7);
    expect(partial.schedule.claimDue).toHaveBeenCalledTimes(2);
  });
});
