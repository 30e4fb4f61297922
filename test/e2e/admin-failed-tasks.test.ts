import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobQueueService } from '../../src/core/queue/job-queue.service.js';
import { StageQueue } from '../../src/modules/task-lifecycle/stage-queue.service.js';
import { JobName, QueueName } from '../../src/core/queue/queue.constants.js';
import type { FailedTaskEntity } from '../../src/modules/persistence/entities/failed-task.entity.js';
import { EmailRepository } from '../../src/modules/persistence/repositories/email.repository.js';
import { FailedTaskRepository } from '../../src/modules/persistence/repositories/failed-task.repository.js';
import { TaskRepository } from '../../src/modules/persistence/repositories/task.repository.js';
import { startApp, TestApp } from '../support/app-harness.js';
import { expectErrorShape, http } from '../support/http.js';
import { seedMailbox, uniqueAddress } from '../support/seed.js';

const sha = (key: string) => createHash('sha256').update(key).digest('hex');
const VIEWER = `v-${randomBytes(12).toString('hex')}`;
const OPERATOR = `o-${randomBytes(12).toString('hex')}`;

interface FailedItem {
  id: number;
  resolved_at: string | null;
}

describe('failed tasks (dead letters)', () => {
  let t: TestApp;
  let mailboxId: string;

  const get = (path: string, key = VIEWER) =>
    http('GET', `${t.url}${path}`, { headers: { 'x-api-key': key } });
  const post = (path: string, key = OPERATOR) =>
    http('POST', `${t.url}${path}`, { headers: { 'x-api-key': key } });

  /** An email whose task failed at `stage`, with its dead letter (as DeadLetterService.record leaves them). */
  async function deadLetter(
    stage: 'classify' | 'generate' | 'draft' = 'classify',
  ): Promise<FailedTaskEntity> {
    const { email, task } = await t.app
      .get(EmailRepository)
      .recordNew({ mailboxId, messageId: randomBytes(8).toString('hex'), threadId: null });
    await t.app
      .get(TaskRepository)
      .update(task!.id, { status: 'failed', errorMessage: 'boom', completedAt: new Date() });
    return t.app.get(FailedTaskRepository).record({
      emailId: email.id,
      taskId: task!.id,
      taskName: stage,
      errorCode: 'LLM_INVALID_OUTPUT',
      errorMessage: 'boom',
      stackTrace: 'Error: boom\n    at somewhere',
      rawOutput: '{"category": "needs_reply", "reply": "private words"}',
      retryCount: 5,
    });
  }

  async function listAll(query = ''): Promise<FailedItem[]> {
    const items: FailedItem[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 100; page++) {
      const res = await get(
        `/api/v1/failed-tasks?limit=3${query}${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(res.status).toBe(200);
      items.push(...res.body.items);
      cursor = res.body.next_cursor;
      if (!cursor) break;
    }
    return items;
  }

  beforeAll(async () => {
    t = await startApp({
      APP_ROLE: 'api',
      ADMIN_API_KEYS: `viewer:${sha(VIEWER)},operator:${sha(OPERATOR)}`,
    });
    mailboxId = (await seedMailbox(t.app, uniqueAddress('dlq'))).id;
  });
  afterAll(async () => t?.close());

  it('lists unresolved first, newest first within each group, across pages', async () => {
    const resolved = await deadLetter();
    await t.app.get(FailedTaskRepository).resolve(resolved.id);
    const open = [await deadLetter(), await deadLetter(), await deadLetter()];
    const all = await listAll();
    const ids = all.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    const firstResolved = all.findIndex((f) => f.resolved_at !== null);
    expect(all.slice(firstResolved).every((f) => f.resolved_at !== null)).toBe(true);
    for (const group of [all.slice(0, firstResolved), all.slice(firstResolved)]) {
      expect(group.map((f) => f.id)).toEqual([...group.map((f) => f.id)].sort((a, b) => b - a));
    }
    expect(ids).toEqual(expect.arrayContaining([resolved.id, ...open.map((f) => f.id)]));
    expect(ids.indexOf(resolved.id)).toBeGreaterThan(ids.indexOf(open[0].id));

    const unresolvedOnly = await listAll('&state=unresolved');
    expect(unresolvedOnly.every((f) => f.resolved_at === null)).toBe(true);
    expect(unresolvedOnly.map((f) => f.id)).not.toContain(resolved.id);
    expect((await listAll('&state=resolved')).map((f) => f.id)).toContain(resolved.id);
    expect((await get('/api/v1/failed-tasks?state=sometimes')).status).toBe(400);
  });

  it('shows stack traces and raw LLM output to operators only', async () => {
    const entry = await deadLetter();
    const find = (body: { items: (FailedItem & Record<string, unknown>)[] }) =>
      body.items.find((f) => f.id === entry.id);
    const viewer = find((await get('/api/v1/failed-tasks?limit=100&state=unresolved')).body);
    expect(viewer).toMatchObject({
      task_id: entry.taskId,
      task_name: 'classify',
      error_code: 'LLM_INVALID_OUTPUT',
      error_message: 'boom',
      retry_count: 5,
      dlq_retries: 0,
    });
    expect(viewer).not.toHaveProperty('raw_output');
    expect(viewer).not.toHaveProperty('stack_trace');
    const operator = find(
      (await get('/api/v1/failed-tasks?limit=100&state=unresolved', OPERATOR)).body,
    );
    expect(operator).toMatchObject({ raw_output: entry.rawOutput, stack_trace: entry.stackTrace });
  });

  it('retry reopens the task at the failed stage and queues that stage', async () => {
    const entry = await deadLetter('generate');
    const res = await post(`/api/v1/failed-tasks/${entry.id}/retry`);
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({
      failed_task: { id: entry.id, dlq_retries: 1, resolved_at: null },
      task: {
        task_id: entry.taskId,
        status: 'pending',
        stage: 'classified',
        error_message: null,
        completed_at: null,
      },
    });
    const queue = t.app.get(JobQueueService).queues()[QueueName.Default];
    const job = await queue.getJob(StageQueue.jobId(JobName.Generate, entry.taskId!));
    expect(job?.name).toBe(JobName.Generate);
    expect(job?.data.taskId).toBe(entry.taskId);
  });

  it('resolve is idempotent; a resolved dead letter cannot be retried', async () => {
    const entry = await deadLetter();
    const first = await post(`/api/v1/failed-tasks/${entry.id}/resolve`);
    expect(first.status).toBe(200);
    expect(first.body.resolved_at).not.toBeNull();
    const second = await post(`/api/v1/failed-tasks/${entry.id}/resolve`);
    expect(second.status).toBe(200);
    expect(second.body.resolved_at).toBe(first.body.resolved_at);
    const retry = await post(`/api/v1/failed-tasks/${entry.id}/retry`);
    expect(retry.status).toBe(409);
    expectErrorShape(retry.body);
    expect(retry.body.error.code).toBe('ALREADY_RESOLVED');
  });

  it('answers 404 for unknown ids and 400 for malformed ones', async () => {
    for (const action of ['retry', 'resolve']) {
      const missing = await post(`/api/v1/failed-tasks/2147483647/${action}`);
      expect(missing.status).toBe(404);
      expectErrorShape(missing.body);
      for (const bad of ['abc', '0', '-1', '1.5', '99999999999']) {
        expect(
          (await post(`/api/v1/failed-tasks/${bad}/${action}`)).status,
          `${action} ${bad}`,
        ).toBe(400);
      }
    }
  });
});
