import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobQueueService } from '../../src/core/queue/job-queue.service.js';
import { JobName, QueueName } from '../../src/core/queue/queue.constants.js';
import { RETRY_POLICY } from '../../src/core/queue/retry-policy.js';
import { IngestionScheduler } from '../../src/modules/ingestion/ingestion.scheduler.js';
import { eventually } from '../support/http.js';
import { PipelineRig } from '../support/pipeline-rig.js';

/**
 * A push is acknowledged once stored; if the sync it started then runs out of attempts (Gmail
 * failing throughout), the stored notification stays uncovered and the notification
 * reconciler (IngestionScheduler.resyncUncovered) must bring the mail in later. Its own app:
 * nothing else may consume the Gmail faults, and the idle threshold is set so that only this
 * test's (backdated) notification qualifies, not other suites' rows in the shared database.
 */
describe('a push whose sync exhausted its attempts', () => {
  const rig = new PipelineRig();
  const yearSeconds = 365 * 24 * 3600;
  beforeAll(async () => {
    await rig.start({ RECONCILE_IDLE_SECONDS: String(yearSeconds) });
  });
  afterAll(async () => rig.stop());

  /** The mailbox's stored pushes that no sync has covered yet. */
  const uncovered = async (mailboxId: string): Promise<number> =>
    (
      await rig
        .db()
        .query(
          'SELECT count(*)::int AS n FROM pubsub_notifications WHERE mailbox_id = $1 AND processed_at IS NULL',
          [mailboxId],
        )
    )[0].n;

  it('is brought in by the notification reconciler, drafted once', async () => {
    const mb = await rig.mailbox('exhausted');
    const attempts = RETRY_POLICY[JobName.SyncMailbox].attempts;
    rig.gmail.failNext('GET /gmail/v1/users/me/history', { status: 503, times: attempts });
    const msg = await rig.receive(mb.emailAddress, {
      from: 'Dana Customer <dana@customer.example>',
      subject: 'Where is my refund?',
      text: 'Hello,\n\nwhen will my refund for order 77 arrive?\n\nDana',
      messageId: '<refund-77@customer.example>',
    });
    const syncQueue = rig.t.app.get(JobQueueService).queues()[QueueName.Sync];
    // Failed jobs are removed (removeOnFail): exhausted = every attempt reached Gmail and no
    // sync of the mailbox is left in the queue.
    const history = () => rig.gmail.count('GET /gmail/v1/users/me/history');
    await eventually(async () => {
      const live = await syncQueue.getJobs(['waiting', 'prioritized', 'delayed', 'active']);
      return history() === attempts && !live.some((j) => j.data.mailboxId === mb.id) ? true : null;
    }, 20_000);
    expect(history()).toBe(attempts);
    expect(await rig.task(msg.id)).toBeUndefined();
    expect(await uncovered(mb.id)).toBe(1);

    // The reconciler's pass, once the notification has been idle long enough.
    await rig
      .db()
      .query(
        `UPDATE pubsub_notifications SET received_at = now() - interval '400 days' WHERE mailbox_id = $1`,
        [mb.id],
      );
    expect(await rig.t.app.get(IngestionScheduler).resyncUncovered()).toBe(1);

    expect((await rig.settled(msg.id)).status).toBe('completed');
    expect(rig.gmail.drafts(mb.emailAddress)).toHaveLength(1);
    expect(await uncovered(mb.id)).toBe(0);
  });
});
