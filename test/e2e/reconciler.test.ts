import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { StageQueue } from '../../src/modules/task-lifecycle/stage-queue.service.js';
import { JobName } from '../../src/core/queue/queue.constants.js';
import { ReconcilerService } from '../../src/modules/task-lifecycle/reconciler.service.js';
import { PipelineRig } from '../support/pipeline-rig.js';

/**
 * The reconciler re-enqueues live tasks that lost their job, the longest idle first and a
 * bounded number per pass. A paused mailbox's tasks wait for it and are never touched, so they
 * must not count towards that bound: otherwise they fill every pass for good.
 */
describe('reconciler', () => {
  const rig = new PipelineRig();
  beforeAll(async () => rig.start());
  afterAll(async () => rig.stop());

  /** A pending task with no job, idle since `idleDays` days ago, for a new email of `mailboxId`. */
  async function lostTask(
    mailboxId: string,
    idleDays: number,
    at: { status: string; stage: string } = { status: 'pending', stage: 'queued' },
  ): Promise<string> {
    const [email] = await rig
      .db()
      .query(`INSERT INTO emails (mailbox_id, message_id) VALUES ($1, $2) RETURNING id`, [
        mailboxId,
        randomBytes(8).toString('hex'),
      ]);
    const [task] = await rig.db().query(
      `INSERT INTO processing_tasks (email_id, correlation_id, updated_at, status, stage)
       VALUES ($1, $2, now() - ($3 || ' days')::interval, $4, $5) RETURNING id`,
      [email.id, randomUUID(), idleDays, at.status, at.stage],
    );
    return task.id as string;
  }

  it("is not starved by a paused mailbox's waiting tasks", async () => {
    const paused = await rig.mailbox('paused');
    await rig.db().query(`UPDATE mailboxes SET status = 'paused' WHERE id = $1`, [paused.id]);
    for (let i = 0; i < 5; i++) await lostTask(paused.id, 30 + i);
    const active = await rig.mailbox('active');
    const lost = await lostTask(active.id, 1);

    // The worker may run the re-enqueued job at once (and fail it: the email is not in Gmail),
    // so what is checked is the enqueue itself.
    const enqueue = vi.spyOn(rig.t.app.get(StageQueue), 'enqueue');
    // A limit the paused mailbox's tasks alone would fill (they are the longest idle).
    await rig.t.app.get(ReconcilerService).reconcile(0, 5);

    const enqueued = enqueue.mock.calls.map(([stage, payload]) => [stage, payload.taskId]);
    enqueue.mockRestore();
    expect(enqueued).toContainEqual([JobName.Classify, lost]);
  });

  it('after a queue store loss, gives back at once the jobs of every task no worker is running', async () => {
    const mb = await rig.mailbox('lost');
    const paused = await rig.mailbox('lost-paused');
    await rig.db().query(`UPDATE mailboxes SET status = 'paused' WHERE id = $1`, [paused.id]);
    // More than a page of queued tasks.
    const rows: { id: string }[] = await rig.db().query(
      `WITH e AS (
         INSERT INTO emails (mailbox_id, message_id)
         SELECT $1, 'lost-' || g || '-' || $2 FROM generate_series(1, 503) g RETURNING id)
       INSERT INTO processing_tasks (email_id, correlation_id, updated_at)
       SELECT id, gen_random_uuid(), now() - (id % 250) * interval '1 second' FROM e
       RETURNING id`,
      [mb.id, randomBytes(4).toString('hex')],
    );
    const queued = rows.map((r) => r.id);
    const handedOff = await lostTask(mb.id, 0.01, { status: 'processing', stage: 'classified' });
    const toDraft = await lostTask(mb.id, 0.01, {
      status: 'processing',
      stage: 'reply_generated',
    });
    // Not recovered: a stage just ended (its inline successor may be about to claim it), a
    // stage in progress (a live worker may run it), a paused mailbox's task.
    const justEnded = await lostTask(mb.id, 0, { status: 'processing', stage: 'classified' });
    const running = await lostTask(mb.id, 0.01, { status: 'processing', stage: 'generating' });
    const parked = await lostTask(paused.id, 1);
    // Waiting for the Batch API: its job must stay deferrable (or it is classified at full price).
    const batched = await lostTask(mb.id, 0.01);
    await rig
      .db()
      .query(`UPDATE processing_tasks SET skip_reason = 'llm_batch' WHERE id = $1`, [batched]);

    const enqueue = vi.spyOn(rig.t.app.get(StageQueue), 'enqueue').mockResolvedValue();
    let requeued: number;
    let calls: typeof enqueue.mock.calls;
    try {
      requeued = await rig.t.app.get(ReconcilerService).recoverLostJobs();
    } finally {
      calls = [...enqueue.mock.calls];
      enqueue.mockRestore();
      // Left live and job-less, these would be the oldest work of every later reconcile here.
      await rig.db().query(`UPDATE mailboxes SET status = 'paused' WHERE id = $1`, [mb.id]);
    }
    const enqueued = calls.map(([stage, payload]) => [stage, payload.taskId]);
    const deferrable = calls
      .filter(([, payload]) => payload.deferrable)
      .map(([, payload]) => payload.taskId);

    const ids = enqueued.map(([, id]) => id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of queued) expect(enqueued).toContainEqual([JobName.Classify, id]);
    expect(enqueued).toContainEqual([JobName.Generate, handedOff]);
    expect(enqueued).toContainEqual([JobName.Draft, toDraft]);
    for (const id of [justEnded, running, parked]) expect(ids).not.toContain(id);
    expect(deferrable).toEqual([batched]);
    expect(requeued).toBe(ids.length);
  });
});
