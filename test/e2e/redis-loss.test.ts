import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IngestionScheduler } from '../../src/modules/ingestion/ingestion.scheduler.js';
import { PipelineScheduler } from '../../src/modules/pipeline/pipeline.scheduler.js';
import { JobQueueService } from '../../src/core/queue/job-queue.service.js';
import { ReconcilerService } from '../../src/modules/task-lifecycle/reconciler.service.js';
import { RedisService } from '../../src/core/redis/redis.service.js';
import { eventually } from '../support/http.js';
import { PipelineRig } from '../support/pipeline-rig.js';
import { hasRedis } from '../support/services.js';

/** A question that calls for a reply; each case gives it its own Message-ID and subject. */
const QUESTION = {
  from: 'Robin Buyer <robin@buyer.example>',
  text: 'Hi,\n\nWhen will my order 77 ship, and can you send the invoice?\n\nRobin',
};

/**
 * Redis loses all its data mid-run (a restart without persistence, FLUSHALL): Postgres is the
 * source of truth, so every email is still drafted exactly once, by the periodic reconcilers or,
 * within one check, by the recovery that notices the loss.
 */
describe('pipeline after Redis lost its data', () => {
  const rig = new PipelineRig();
  beforeAll(async () => {
    await rig.start();
  });
  afterAll(async () => rig.stop());

  it.skipIf(!hasRedis())(
    'completes every email after Redis lost all its data (reconciler)',
    async () => {
      const mb = await rig.mailbox();
      const redis = rig.t.app.get(RedisService);
      const msgs: { id: string }[] = [];
      for (let i = 0; i < 4; i++)
        msgs.push(
          await rig.receive(mb.emailAddress, {
            ...QUESTION,
            messageId: `<flush-${i}@customer.example>`,
            subject: `Question ${i}?`,
          }),
        );
      // Wipe this app's keys mid-run (FLUSHALL, scoped to our prefix so parallel suites survive).
      const keys = await redis.client.keys(`${rig.t.config.QUEUE_PREFIX}:*`);
      if (keys.length) await redis.client.del(...keys);
      // What the schedulers do periodically: re-sync mailboxes (pushes whose sync job was lost)
      // and re-enqueue live tasks that no longer have a job. Jobs in flight during the wipe can
      // still lose their keys after a pass has looked at them (seen once under full-suite load on
      // Node 22), so, like production, the passes repeat until every email is done; the count
      // shows it converges in a pass or two rather than by luck.
      let passes = 0;
      const allSettled = async () => {
        const rows = await Promise.all(msgs.map((m) => rig.task(m.id)));
        return rows.every((r) => r && ['completed', 'failed', 'skipped'].includes(r.status));
      };
      const deadline = Date.now() + 30_000;
      while (!(await allSettled()) && Date.now() < deadline) {
        passes++;
        await rig.t.app.get(IngestionScheduler).syncAll();
        await rig.t.app.get(ReconcilerService).reconcile(0);
        await new Promise((r) => setTimeout(r, 3_000));
      }
      for (const m of msgs) expect((await rig.settled(m.id, 1_000)).status).toBe('completed');
      expect(passes).toBeLessThanOrEqual(3);
      expect(rig.gmail.drafts(mb.emailAddress)).toHaveLength(4);
    },
  );

  it.skipIf(!hasRedis())(
    'gives pending work its jobs back at the first check after Redis lost its data, not after the idle threshold',
    async () => {
      const pipeline = rig.t.app.get(PipelineScheduler);
      const ingestion = rig.t.app.get(IngestionScheduler);
      const redis = rig.t.app.get(RedisService);
      const queues = rig.t.app.get(JobQueueService).queues();
      // A worker's boot check sets the markers (schedulers are off in tests: done here).
      await pipeline.recoverIfStoreLost();
      await ingestion.recoverIfStoreLost();
      expect(await pipeline.recoverIfStoreLost()).toBe(false);
      expect(await ingestion.recoverIfStoreLost()).toBe(false);
      const mb = await rig.mailbox();
      const msgs: { id: string }[] = [];
      try {
        // Three emails synced into pending tasks whose stage jobs wait, then a push whose sync
        // job waits: work queued at both steps when Redis forgets it.
        await queues.default.pause();
        await queues.priority.pause();
        for (let i = 0; i < 3; i++)
          msgs.push(
            await rig.receive(mb.emailAddress, {
              ...QUESTION,
              messageId: `<lost-${i}@customer.example>`,
              subject: `Lost question ${i}?`,
            }),
          );
        await eventually(async () => {
          const rows = await Promise.all(msgs.map((m) => rig.task(m.id)));
          return rows.every((r) => r?.status === 'pending') || null;
        });
        // No sync left to run (a push's follow-up sync would pick up the next email).
        await eventually(
          async () => (await queues.sync.getJobCountByTypes('active', 'waiting', 'delayed')) === 0,
        );
        await queues.sync.pause();
        msgs.push(
          await rig.receive(mb.emailAddress, {
            ...QUESTION,
            messageId: '<lost-unsynced@customer.example>',
            subject: 'Lost question, not yet synced?',
          }),
        );
        const keys = await redis.client.keys(`${rig.t.config.QUEUE_PREFIX}:*`);
        await redis.client.del(...keys);
      } finally {
        await Promise.all([
          queues.default.resume(),
          queues.priority.resume(),
          queues.sync.resume(),
        ]);
      }
      // Nothing moves without a recovery: the jobs are gone.
      await new Promise((r) => setTimeout(r, 1_500));
      for (const m of msgs.slice(0, 3)) expect((await rig.task(m.id))?.status).toBe('pending');
      expect(await rig.task(msgs[3].id)).toBeUndefined();
      expect(await ingestion.recoverIfStoreLost()).toBe(true);
      expect(await pipeline.recoverIfStoreLost()).toBe(true);
      for (const m of msgs) expect((await rig.settled(m.id)).status).toBe('completed');
      expect(rig.gmail.drafts(mb.emailAddress)).toHaveLength(4);
      expect(await pipeline.recoverIfStoreLost()).toBe(false);
      expect(await ingestion.recoverIfStoreLost()).toBe(false);
    },
  );
});
