import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobQueueService } from '../../src/core/queue/job-queue.service.js';
import { StageQueue } from '../../src/modules/task-lifecycle/stage-queue.service.js';
import { JobName, QueueName } from '../../src/core/queue/queue.constants.js';
import type { MailboxEntity } from '../../src/modules/persistence/entities/mailbox.entity.js';
import { AiResponseRepository } from '../../src/modules/persistence/repositories/ai-response.repository.js';
import { EmailRepository } from '../../src/modules/persistence/repositories/email.repository.js';
import { TaskRepository } from '../../src/modules/persistence/repositories/task.repository.js';
import { startApp, TestApp } from '../support/app-harness.js';
import { expectErrorShape, http } from '../support/http.js';
import { seedMailbox, uniqueAddress } from '../support/seed.js';

const sha = (key: string) => createHash('sha256').update(key).digest('hex');
const VIEWER = `v-${randomBytes(12).toString('hex')}`;
const OPERATOR = `o-${randomBytes(12).toString('hex')}`;
const gmailId = () => randomBytes(8).toString('hex');

describe('process-email and task-status', () => {
  let t: TestApp;
  let mailbox: MailboxEntity;
  beforeAll(async () => {
    t = await startApp({
      APP_ROLE: 'api',
      ADMIN_API_KEYS: `viewer:${sha(VIEWER)},operator:${sha(OPERATOR)}`,
    });
    mailbox = await seedMailbox(t.app, uniqueAddress('process'));
  });
  afterAll(async () => t?.close());

  const post = (path: string, body: unknown, key = OPERATOR) =>
    http('POST', `${t.url}${path}`, { body, headers: { 'x-api-key': key } });
  const get = (path: string, key = VIEWER) =>
    http('GET', `${t.url}${path}`, { headers: { 'x-api-key': key } });
  const classifyJob = (taskId: string) => {
    const queue = t.app.get(JobQueueService).queues()[QueueName.Default];
    return queue.getJob(StageQueue.jobId(JobName.Classify, taskId));
  };

  it('records an unknown email, queues its classification and answers 201', async () => {
    const emailId = gmailId();
    const res = await post('/api/v1/process-email', {
      email_id: emailId,
      mailbox: mailbox.emailAddress.toUpperCase(),
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ email_id: emailId, status: 'pending', stage: 'queued' });
    expect(res.body.task_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Date(res.body.created_at).getTime()).not.toBeNaN();
    const job = await classifyJob(res.body.task_id);
    expect(job?.data).toEqual({ taskId: res.body.task_id, correlationId: res.body.correlation_id });
    const email = await t.app.get(EmailRepository).findByMessageId(emailId);
    expect(email?.mailboxId).toBe(mailbox.id);
  });

  it('serves the design paths as aliases with the same behaviour', async () => {
    const emailId = gmailId();
    const res = await post('/api/process-email', {
      email_id: emailId,
      mailbox: mailbox.id,
      force_reprocess: false,
    });
    expect(res.status).toBe(201);
    const status = await get(`/api/task-status/${res.body.task_id}`);
    expect(status.status).toBe(200);
    expect(status.body).toMatchObject({
      task_id: res.body.task_id,
      email_id: emailId,
      status: 'pending',
      stage: 'queued',
      completed_at: null,
      ai_response: null,
    });
    expect((await get(`/api/v1/task-status/${res.body.task_id}`)).body).toEqual(status.body);
  });

  it('returns the live run (200, nothing new) for an email already in flight', async () => {
    const emailId = gmailId();
    const first = await post('/api/v1/process-email', { email_id: emailId, mailbox: mailbox.id });
    const again = await post('/api/v1/process-email', { email_id: emailId, force_reprocess: true });
    expect(again.status).toBe(200);
    expect(again.body.task_id).toBe(first.body.task_id);
  });

  it('answers 409 for a processed email unless forced, then starts a new run', async () => {
    const emailId = gmailId();
    const first = await post('/api/v1/process-email', { email_id: emailId, mailbox: mailbox.id });
    await t.app.get(TaskRepository).update(first.body.task_id, {
      status: 'completed',
      stage: 'draft_created',
      completedAt: new Date(),
    });

    const conflict = await post('/api/v1/process-email', { email_id: emailId });
    expect(conflict.status).toBe(409);
    expectErrorShape(conflict.body);
    expect(conflict.body.error).toMatchObject({
      code: 'CONFLICT',
      details: { email_id: emailId, task_id: first.body.task_id, status: 'completed' },
    });

    const forced = await post('/api/v1/process-email', {
      email_id: emailId,
      force_reprocess: true,
    });
    expect(forced.status).toBe(201);
    expect(forced.body.task_id).not.toBe(first.body.task_id);
    expect(await classifyJob(forced.body.task_id)).toBeTruthy();
  });

  it('rejects invalid ids with INVALID_EMAIL_ID and the design’s details', async () => {
    for (const bad of ['invalid@value', 'abc', 'x'.repeat(65), 'has space 123', '../../etc']) {
      const res = await post('/api/v1/process-email', { email_id: bad, mailbox: mailbox.id });
      expect(res.status, bad).toBe(400);
      expectErrorShape(res.body);
      expect(res.body.error).toMatchObject({
        code: 'INVALID_EMAIL_ID',
        details: { field: 'email_id', provided: bad },
      });
    }
  });

  it('validates the body: types, unknown fields, missing id', async () => {
    const cases: unknown[] = [
      {},
      { email_id: 123456789 },
      { email_id: gmailId(), force_reprocess: 'yes' },
      { email_id: gmailId(), mailbox: mailbox.id, extra: 1 },
    ];
    for (const body of cases) {
      const res = await post('/api/v1/process-email', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expectErrorShape(res.body);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    }
    const malformed = await http('POST', `${t.url}/api/v1/process-email`, {
      rawBody: '{"email_id":',
      headers: { 'x-api-key': OPERATOR },
    });
    expect(malformed.status).toBe(400);
    expectErrorShape(malformed.body);
  });

  it('needs a mailbox when several are active, and rejects unknown ones', async () => {
    await seedMailbox(t.app, uniqueAddress('second'));
    const ambiguous = await post('/api/v1/process-email', { email_id: gmailId() });
    expect(ambiguous.status).toBe(400);
    expect(ambiguous.body.error.code).toBe('MAILBOX_REQUIRED');
    const unknown = await post('/api/v1/process-email', {
      email_id: gmailId(),
      mailbox: 'nobody@example.com',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toMatchObject({
      code: 'UNKNOWN_MAILBOX',
      details: { field: 'mailbox' },
    });
  });

  it('reports a finished task with its AI response, reply text only for operators', async () => {
    const created = await post('/api/v1/process-email', {
      email_id: gmailId(),
      mailbox: mailbox.id,
    });
    const taskId: string = created.body.task_id;
    const task = (await t.app.get(TaskRepository).findById(taskId))!;
    const responses = t.app.get(AiResponseRepository);
    await responses.recordClassification({
      taskId,
      emailId: task.emailId,
      category: 'needs_reply',
      confidence: 0.95,
      reasoning: 'asks a direct question',
      modelUsed: 'gpt-4o-mini',
      usage: { promptTokens: 100, completionTokens: 20, costUsd: 0.0001 },
    });
    await responses.recordReply(taskId, 'Hello Dana, the invoice is attached.', 'gpt-4o-mini', {
      promptTokens: 200,
      completionTokens: 50,
      costUsd: 0.0002,
    });
    await responses.recordDraft(taskId, 'r-123456789', 'm-1');
    const completedAt = new Date();
    await t.app
      .get(TaskRepository)
      .update(taskId, { status: 'completed', stage: 'draft_created', completedAt });

    const asOperator = await get(`/api/task-status/${taskId}`, OPERATOR);
    expect(asOperator.status).toBe(200);
    expect(asOperator.body).toMatchObject({
      task_id: taskId,
      status: 'completed',
      stage: 'draft_created',
      correlation_id: task.correlationId,
      completed_at: completedAt.toISOString(),
      ai_response: {
        category: 'needs_reply',
        confidence: 0.95,
        generated_reply: 'Hello Dana, the invoice is attached.',
        reasoning: 'asks a direct question',
        draft_id: 'r-123456789',
      },
    });
    const asViewer = await get(`/api/task-status/${taskId}`, VIEWER);
    expect(asViewer.body.ai_response).toEqual({
      category: 'needs_reply',
      confidence: 0.95,
      draft_id: 'r-123456789',
      model_used: 'gpt-4o-mini',
    });
    expect(asViewer.text).not.toContain('invoice is attached');
  });

  it('answers 404 for an unknown task and 400 for a malformed id', async () => {
    const unknown = await get(`/api/v1/task-status/${randomUUID()}`);
    expect(unknown.status).toBe(404);
    expectErrorShape(unknown.body);
    const malformed = await get('/api/v1/task-status/not-a-uuid');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { fields: { task_id: expect.any(Array) } },
    });
  });
});
