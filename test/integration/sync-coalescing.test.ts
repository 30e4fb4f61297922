import { randomBytes } from 'node:crypto';
import { Job, Queue, type QueueOptions, Worker } from 'bullmq';
import { afterAll, describe, expect, it } from 'vitest';
import { workerSettings } from '../../src/core/queue/job-failure.js';
import { BASE_JOB_OPTIONS, JobQueueService } from '../../src/core/queue/job-queue.service.js';
import { bullRootOptions, migrateQueueSchema } from '../../src/core/queue/queue-backend.js';
import { JobName, type SyncMailboxPayload } from '../../src/core/queue/queue.constants.js';
import { eventually } from '../support/http.js';
import { testRedisUrl } from '../support/services.js';

/**
 * A sync reads the mailbox's whole history, so pushes for one mailbox coalesce: at most one sync
 * waits and one runs, and a push that arrives during a run leaves exactly one follow-up run
 * (JobQueueService.syncOptions). Checked on both queue backends with the service's own options.
 */
const backends: [string, () => Promise<QueueOptions | null>][] = [
  [
    'redis',
    async () => {
      const url = testRedisUrl();
      return url
        ? bullRootOptions({
            REDIS_URL: url,
            DATABASE_URL: '',
            QUEUE_PREFIX: `tsc${randomBytes(4).toString('hex')}`,
          })
        : null;
    },
  ],
  [
    'postgres',
    async () => {
      const config = {
        REDIS_URL: '',
        DATABASE_URL: process.env.TEST_DATABASE_URL!,
        QUEUE_PREFIX: `tsc${randomBytes(4).toString('hex')}`,
      };
      await migrateQueueSchema(config);
      return bullRootOptions(config);
    },
  ],
];

describe.each(backends)('sync jobs coalesce per mailbox (%s backend)', (backend, options) => {
  const closers: (() => Promise<unknown>)[] = [];
  afterAll(async () => {
    for (const close of closers.reverse()) await close().catch(() => undefined);
  });

  it('keeps one waiting sync for a burst of pushes, and one follow-up with the latest push for pushes during a run', async (ctx) => {
    const opts = await options();
    if (!opts) return ctx.skip();
    const queue = new Queue(`sync-${backend}`, opts);
    closers.push(() => queue.close());
    const mailboxId = `mb-${randomBytes(3).toString('hex')}`;
    const push = (historyId: number) => {
      const payload: SyncMailboxPayload = {
        mailboxId,
        historyId: String(historyId),
        correlationId: `c${historyId}`,
      };
      return queue.add(JobName.SyncMailbox, payload, {
        ...BASE_JOB_OPTIONS,
        ...JobQueueService.syncOptions(payload, String(historyId)),
      });
    };
    const live = async () =>
      (await queue.getJobs(['waiting', 'active', 'delayed', 'prioritized'])).filter(
        (j) => j.data.mailboxId === mailboxId,
      );

    // No worker yet: five pushes, one waiting sync (it will read the history past all five).
    for (const h of [101, 102, 103, 104, 105]) await push(h);
    expect((await live()).map((j) => j.data.historyId)).toEqual(['101']);

    // A worker takes it and holds it running while more pushes arrive.
    const runs: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const started = new Promise<void>((resolve) => {
      const worker = new Worker(
        queue.name,
        async (job: Job<SyncMailboxPayload>) => {
          runs.push(job.data.historyId!);
          if (runs.length === 1) {
            resolve();
            await gate;
          }
        },
        { ...opts, concurrency: 4, settings: workerSettings },
      );
      closers.push(() => worker.close());
    });
    await started;
    for (const h of [106, 107, 108]) await push(h);
    // Never two runs of one mailbox at once, although the worker could run four jobs.
    expect(runs).toEqual(['101']);
    release();
    // Exactly one follow-up, carrying the latest push; nothing after it.
    await eventually(async () => runs.length === 2 && (await live()).length === 0, 10_000);
    expect(runs).toEqual(['101', '108']);
    await new Promise((r) => setTimeout(r, 300));
    expect(runs).toEqual(['101', '108']);

    // Once idle, the next push starts a new sync at once.
    await push(109);
    await eventually(async () => runs.length === 3, 10_000);
    expect(runs[2]).toBe('109');
  });
});
