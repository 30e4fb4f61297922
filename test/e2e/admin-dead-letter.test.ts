import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, http } from '../support/http.js';
import { PipelineRig } from '../support/pipeline-rig.js';

const sha = (key: string) => createHash('sha256').update(key).digest('hex');
const OPERATOR = `o-${randomBytes(12).toString('hex')}`;

/**
 * The whole product (role `all`, Gmail fake, offline LLM): a stage fails for good, lands in the
 * dead letters, and an operator's retry through the admin API carries it to a draft.
 */
describe('retrying a dead letter through the admin API', () => {
  const rig = new PipelineRig();
  beforeAll(async () => {
    await rig.start({ ADMIN_API_KEYS: `operator:${sha(OPERATOR)}` });
  });
  afterAll(async () => rig.stop());

  const api = (method: string, path: string, body?: unknown) =>
    http(method, `${rig.t.url}${path}`, { body, headers: { 'x-api-key': OPERATOR } });

  it('fails, is retried, then completes with a draft and a resolved dead letter', async () => {
    const mb = await rig.mailbox('dlq');
    const msg = await rig.receive(
      mb.emailAddress,
      {
        from: 'Dana Customer <dana@customer.example>',
        subject: 'Can you send the invoice for order 77?',
        text: 'Hello,\n\nCould you please send me the invoice for order 77?\n\nThanks,\nDana',
      },
      { push: false },
    );
    // Gmail rejects the first fetch with a non-retryable 400: classify gives up at once.
    rig.gmail.failNext(`GET /gmail/v1/users/me/messages/${msg.id}`, { status: 400 });

    const started = await api('POST', '/api/v1/process-email', {
      email_id: msg.id,
      mailbox: mb.emailAddress,
    });
    expect(started.status).toBe(201);
    const taskId: string = started.body.task_id;

    const failed = await eventually(async () => {
      const res = await api('GET', `/api/task-status/${taskId}`);
      return res.body.status === 'failed' ? res.body : null;
    }, 20_000);
    expect(failed.error_message).toBeTruthy();
    const entry = await eventually(async () => {
      const res = await api('GET', '/api/v1/failed-tasks?state=unresolved&limit=100');
      return res.body.items.find((f: { task_id: string }) => f.task_id === taskId);
    });
    expect(entry).toMatchObject({
      task_name: 'classify',
      error_code: 'GMAIL_BAD_REQUEST',
      resolved_at: null,
    });

    const retried = await api('POST', `/api/v1/failed-tasks/${entry.id}/retry`);
    expect(retried.status).toBe(202);
    // The task as it is right after the retry: reopened, and possibly already picked up by
    // the worker (a stage claims it in one query), but no longer failed.
    expect(retried.body.task.task_id).toBe(taskId);
    expect(retried.body.task.status).not.toBe('failed');
    expect(['pending', 'processing', 'completed']).toContain(retried.body.task.status);

    const done = await eventually(async () => {
      const res = await api('GET', `/api/task-status/${taskId}`);
      return ['completed', 'failed', 'skipped'].includes(res.body.status) ? res.body : null;
    }, 20_000);
    expect(done).toMatchObject({
      task_id: taskId,
      email_id: msg.id,
      status: 'completed',
      stage: 'draft_created',
      ai_response: { category: 'needs_reply' },
    });
    expect(done.completed_at).not.toBeNull();
    expect(done.ai_response.generated_reply).toBeTruthy();
    expect(rig.gmail.drafts(mb.emailAddress).map((d) => d.id)).toEqual([done.ai_response.draft_id]);

    const detail = await api('GET', `/api/v1/emails/${msg.id}`);
    expect(detail.body.failed_tasks).toEqual([
      expect.objectContaining({ id: entry.id, dlq_retries: 1, resolved_at: expect.any(String) }),
    ]);
    expect(detail.body.tasks).toHaveLength(1);
  });
});
