import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobQueueService } from '../../src/core/queue/job-queue.service.js';
import { StageQueue } from '../../src/modules/task-lifecycle/stage-queue.service.js';
import type { StageJob } from '../../src/modules/task-lifecycle/transitions.js';
import { JobName, QueueName } from '../../src/core/queue/queue.constants.js';
import { ReconcilerService } from '../../src/modules/task-lifecycle/reconciler.service.js';
import { eventually, http } from '../support/http.js';
import { PipelineRig, TaskRow } from '../support/pipeline-rig.js';

const VIEWER = `v-${randomBytes(12).toString('hex')}`;

const RECEIPT = (n: number) => ({
  from: 'Billing <billing@vendor.example>',
  subject: `Your receipt for payment #55${n}`,
  text: 'Thank you for your payment of $49.00. This is your receipt. No action is required.',
});

const QUESTION = {
  from: 'Dana Customer <dana@customer.example>',
  subject: 'Order 77: invoice and delivery date?',
  text: 'Hello,\n\nCould you please send me the invoice for order 77? Also, when will it ship?\n\nThanks,\nDana',
};

/**
 * DAILY_LLM_CALL_CAP=2: a mailbox's third LLM call of the day waits, visibly, for the next UTC
 * day instead of failing or being dropped, and resumes on its own when the day turns.
 */
describe('daily LLM budget end to end', () => {
  const rig = new PipelineRig();
  beforeAll(async () => {
    await rig.start({
      DAILY_LLM_CALL_CAP: '2',
      ADMIN_API_KEYS: `viewer:${createHash('sha256').update(VIEWER).digest('hex')}`,
    });
  });
  afterAll(async () => rig.stop());

  const get = (path: string) =>
    http('GET', `${rig.t.url}${path}`, { headers: { 'x-api-key': VIEWER } });

  async function stageJob(stage: StageJob, taskId: string) {
    const queue = rig.t.app.get(JobQueueService).queues()[QueueName.Default];
    return queue.getJob(StageQueue.jobId(stage, taskId));
  }

  /** The task waits on the budget: pending, marked, and its job delayed to the next day. */
  async function waiting(messageId: string, stage: StageJob): Promise<TaskRow> {
    return eventually(async () => {
      const row = await rig.task(messageId);
      if (row?.status !== 'pending' || row.skip_reason !== 'daily_llm_budget') return null;
      const job = await stageJob(stage, row.task_id);
      return job && (await job.getState()) === 'delayed' ? row : null;
    });
  }

  /** What midnight UTC does: today's spend becomes yesterday's, and the delayed job comes due. */
  async function nextDay(mailboxId: string, stage: StageJob, taskId: string): Promise<void> {
    await rig
      .db()
      .query(`UPDATE llm_usage_daily SET day = day - 1 WHERE mailbox_id = $1`, [mailboxId]);
    await (await stageJob(stage, taskId))!.promote();
  }

  it("makes the third email's classification wait past the cap, visible, and resumes it the next day", async () => {
    const mb = await rig.mailbox('budget');
    for (const n of [1, 2]) {
      const msg = await rig.receive(mb.emailAddress, RECEIPT(n));
      expect(await rig.settled(msg.id)).toMatchObject({
        status: 'completed',
        model_used: 'offline',
      });
    }
    const third = await rig.receive(mb.emailAddress, RECEIPT(3));
    const row = await waiting(third.id, JobName.Classify);
    // Not failed, not lost, nothing spent on it: no classification, no draft, no dead letter.
    expect(row).toMatchObject({ category: null, draft_id: null, processed: false });
    expect(await rig.failedTasks(row.task_id)).toEqual([]);
    expect(rig.gmail.drafts(mb.emailAddress)).toHaveLength(0);
    const [usage] = await rig
      .db()
      .query(`SELECT calls FROM llm_usage_daily WHERE mailbox_id = $1`, [mb.id]);
    expect(usage.calls).toBe(2);

    // Visible through the admin API and the metrics.
    const list = await get(`/api/v1/emails?status=pending&mailbox=${mb.id}`);
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([
      expect.objectContaining({ message_id: third.id, latest_task_status: 'pending' }),
    ]);
    const status = await get(`/api/v1/task-status/${row.task_id}`);
    expect(status.body).toMatchObject({ status: 'pending', skip_reason: 'daily_llm_budget' });
    const metrics = await http('GET', `${rig.t.url}/api/metrics`);
    expect(metrics.text).toMatch(/^llm_budget_exceeded_total\{stage="classify"\} 1$/m);

    // Its job lost (Redis flushed): the reconciler brings it back, and it waits again.
    await (await stageJob(JobName.Classify, row.task_id))!.remove();
    // The run's database holds other files' unfinished tasks and the reconciler takes the
    // longest idle first, a bounded number per pass: make this one the longest idle.
    await rig
      .db()
      .query(`UPDATE processing_tasks SET updated_at = now() - interval '1 year' WHERE id = $1`, [
        row.task_id,
      ]);
    await rig.t.app.get(ReconcilerService).reconcile(0);
    await waiting(third.id, JobName.Classify);
    expect(await rig.failedTasks(row.task_id)).toEqual([]);

    await nextDay(mb.id, JobName.Classify, row.task_id);
    expect(await rig.settled(third.id)).toMatchObject({
      task_id: row.task_id,
      status: 'completed',
      skip_reason: null,
      model_used: 'offline',
    });
  });

  it('makes a reply wait when the budget runs out between classify and generate, then drafts it once', async () => {
    const mb = await rig.mailbox('budget-reply');
    const first = await rig.receive(mb.emailAddress, RECEIPT(4));
    await rig.settled(first.id);
    const question = await rig.receive(mb.emailAddress, QUESTION);
    // Classified with the day's second call; generate would be the third.
    const row = await waiting(question.id, JobName.Generate);
    expect(row).toMatchObject({ stage: 'generating', category: 'needs_reply', draft_id: null });
    expect(await rig.failedTasks(row.task_id)).toEqual([]);
    expect(rig.gmail.drafts(mb.emailAddress)).toHaveLength(0);

    await nextDay(mb.id, JobName.Generate, row.task_id);
    const done = await rig.settled(question.id);
    expect(done).toMatchObject({ status: 'completed', stage: 'draft_created' });
    const drafts = rig.gmail.drafts(mb.emailAddress);
    expect(drafts.map((d) => d.id)).toEqual([done.draft_id]);
    const metrics = await http('GET', `${rig.t.url}/api/metrics`);
    expect(metrics.text).toMatch(/^llm_budget_exceeded_total\{stage="generate"\} 1$/m);
  });
});
