import { Worker, type Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_STALL_RECOVERIES } from '../../src/core/queue/job-failure.js';
import { JobQueueService } from '../../src/core/queue/job-queue.service.js';
import { bullRootOptions } from '../../src/core/queue/queue-backend.js';
import { QueueName } from '../../src/core/queue/queue.constants.js';
import { GracefulWorkerHost } from '../../src/core/queue/graceful-worker-host.js';
import { SyncProcessor } from '../../src/modules/ingestion/sync.processor.js';
import { DefaultQueueProcessor } from '../../src/modules/pipeline/stage.processor.js';
import {
  DeadLetterService,
  STALLED_OUT,
} from '../../src/modules/task-lifecycle/dead-letter.service.js';
import { RedisService } from '../../src/core/redis/redis.service.js';
import { eventually } from '../support/http.js';
import { PipelineRig } from '../support/pipeline-rig.js';
import { hasRedis } from '../support/services.js';

const QUESTION = {
  from: 'Robin Buyer <robin@buyer.example>',
  text: 'Hi,\n\nWhen will my order 77 ship, and can you send the invoice?\n\nRobin',
};

/**
 * A job whose workers die while they run it (SIGKILL, OOM, a crash loop) stalls; BullMQ runs it
 * again once, and fails it the second time ("stalled more than allowable limit") without running
 * it, then removes it. The schedulers are off here, so no reconciler gives the work back: only the
 * worker's own recovery can. Worker deaths are real stalls: a BullMQ worker of the test's own
 * takes the job and never finishes it nor renews its lock, and BullMQ's stalled check (the same
 * script production runs) counts it, twice. Redis only: the test resets BullMQ's Redis key that
 * spaces stalled checks (the code under test is the same with the Postgres backend).
 */
describe.skipIf(!hasRedis())('jobs BullMQ failed for stalling', () => {
  const rig = new PipelineRig();
  beforeAll(async () => rig.start());
  afterAll(async () => rig.stop());

  function queue(name: QueueName): Queue {
    return rig.t.app.get(JobQueueService).queues()[name];
  }

  /**
   * Holds the app's worker of `name` while `setUp` queues a job, lets a dying worker stall that
   * job out, then gives the queue back to the app's worker.
   */
  async function stallOut(
    name: QueueName,
    host: GracefulWorkerHost,
    setUp: () => Promise<string>,
  ): Promise<void> {
    // Waits for the worker's fetch loop to stop, so it cannot take the job queued below.
    await host.worker.pause();
    // Two runs that never end and never renew their locks: each is a dead worker's run.
    const dying = new Worker(name, () => new Promise(() => undefined), {
      ...bullRootOptions(rig.t.config),
      concurrency: 2,
      lockDuration: 500,
      skipLockRenewal: true,
      stalledInterval: 250,
      maxStalledCount: 1,
      autorun: false,
    });
    try {
      const jobId = await setUp();
      void dying.run();
      // BullMQ runs one stalled check per queue per interval (a shared key with the checker's
      // interval as its expiry): drop the app's 30-s one so the dying worker's checks count now.
      await rig.t.app.get(RedisService).client.del(queue(name).toKey('stalled-check'));
      await eventually(async () => (await queue(name).getJob(jobId))?.deferredFailure, 15_000);
    } finally {
      await dying.close(true);
      await host.worker.resume();
    }
  }

  it('gives a stage job failed for stalling a fresh job: the email is drafted once', async () => {
    const mb = await rig.mailbox();
    let msg: { id: string } | undefined;
    await stallOut(QueueName.Default, rig.t.app.get(DefaultQueueProcessor), async () => {
      msg = await rig.receive(mb.emailAddress, { ...QUESTION, subject: 'Where is order 77?' });
      const task = await eventually(() => rig.task(msg!.id));
      return `classify_${task.task_id}`;
    });
    // The fresh job starts at a random point of the next 30 s: checked, then started now.
    const task = await eventually(() => rig.task(msg!.id));
    // The failed job goes first (the app's worker fails it on pick-up), then the fresh one comes.
    const fresh = await eventually(async () => {
      const job = await queue(QueueName.Default).getJob(`classify_${task.task_id}`);
      return job?.data.stallRecoveries === 1 ? job : null;
    });
    expect(fresh.opts.delay ?? 0).toBeLessThanOrEqual(30_000);
    if ((await fresh.getState()) === 'delayed') await fresh.promote();
    const settled = await rig.settled(msg!.id);
    expect(settled.status).toBe('completed');
    expect(rig.gmail.drafts(mb.emailAddress)).toHaveLength(1);
    expect(await rig.failedTasks(settled.task_id)).toEqual([]);
  });

  it('dead-letters a task whose jobs keep stalling, retried automatically once', async () => {
    const mb = await rig.mailbox('poison');
    let msg: { id: string } | undefined;
    await stallOut(QueueName.Default, rig.t.app.get(DefaultQueueProcessor), async () => {
      msg = await rig.receive(mb.emailAddress, { ...QUESTION, subject: 'Poison 77?' });
      const task = await eventually(() => rig.task(msg!.id));
      const job = await eventually(() =>
        queue(QueueName.Default).getJob(`classify_${task.task_id}`),
      );
      // This chain already got its fresh jobs: the stall to come is one too many.
      await job.updateData({ ...job.data, stallRecoveries: MAX_STALL_RECOVERIES });
      return job.id!;
    });
    const settled = await rig.settled(msg!.id);
    expect(settled.status).toBe('failed');
    const [letter, ...more] = await rig.failedTasks(settled.task_id);
    expect(more).toEqual([]);
    expect(letter).toMatchObject({ task_name: 'classify', error_code: STALLED_OUT });
    expect(rig.gmail.drafts(mb.emailAddress)).toHaveLength(0);

    // The hourly retry takes it once, at a random point of the next 10 minutes... (Other tests'
    // letters in the run's database may be due too: this task's letter and job are checked.)
    const deadLetters = rig.t.app.get(DeadLetterService);
    const retries = async () => (await rig.failedTasks(settled.task_id)).map((l) => l.dlq_retries);
    await deadLetters.retryDue(10_000);
    expect(await retries()).toEqual([1]);
    const retried = await queue(QueueName.Default).getJob(`classify_${settled.task_id}`);
    expect(await retried?.getState()).toBe('delayed');
    expect(retried!.opts.delay).toBeLessThanOrEqual(10 * 60_000);
    await retried!.remove();
    // ...and never again, not even through another of the task's letters.
    await rig.db().query(
      `INSERT INTO failed_tasks (email_id, task_id, task_name, error_code, error_message, retry_count)
         VALUES ($1, $2, 'generate', 'LLM_UNAVAILABLE', 'earlier failure', 3)`,
      [settled.email_id, settled.task_id],
    );
    await deadLetters.retryDue(10_000);
    expect(await retries()).toEqual([1, 0]);
    expect(await queue(QueueName.Default).getJob(`classify_${settled.task_id}`)).toBeUndefined();
  });

  it('gives a sync failed for stalling a fresh one: the pushed email is drafted', async () => {
    const mb = await rig.mailbox('sync');
    let msg: { id: string } | undefined;
    await stallOut(QueueName.Sync, rig.t.app.get(SyncProcessor), async () => {
      msg = await rig.receive(mb.emailAddress, { ...QUESTION, subject: 'Order 78?' });
      const [job] = await eventually(async () => {
        const waiting = await queue(QueueName.Sync).getJobs(['waiting']);
        const mine = waiting.filter((j) => j.data.mailboxId === mb.id);
        return mine.length ? mine : null;
      });
      return job.id!;
    });
    expect((await rig.settled(msg!.id)).status).toBe('completed');
    expect(rig.gmail.drafts(mb.emailAddress)).toHaveLength(1);
  });
});
