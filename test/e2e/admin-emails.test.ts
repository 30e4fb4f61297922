import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailboxEntity } from '../../src/modules/persistence/entities/mailbox.entity.js';
import { AiResponseRepository } from '../../src/modules/persistence/repositories/ai-response.repository.js';
import {
  EmailRepository,
  type RecordedEmail,
} from '../../src/modules/persistence/repositories/email.repository.js';
import { FailedTaskRepository } from '../../src/modules/persistence/repositories/failed-task.repository.js';
import { TaskRepository } from '../../src/modules/persistence/repositories/task.repository.js';
import { startApp, TestApp } from '../support/app-harness.js';
import { expectErrorShape, http } from '../support/http.js';
import { seedMailbox, uniqueAddress } from '../support/seed.js';

const sha = (key: string) => createHash('sha256').update(key).digest('hex');
const VIEWER = `v-${randomBytes(12).toString('hex')}`;
const OPERATOR = `o-${randomBytes(12).toString('hex')}`;
const usage = (promptTokens: number, completionTokens: number, costUsd: number) => ({
  promptTokens,
  completionTokens,
  costUsd,
});

describe('emails and stats', () => {
  let t: TestApp;
  let mailbox: MailboxEntity;
  /** Five emails, oldest first: [needs_reply completed, newsletter skipped (pre-filter), pending, pending, failed]. */
  const seeded: RecordedEmail[] = [];

  const get = (path: string, key = VIEWER) =>
    http('GET', `${t.url}${path}`, { headers: { 'x-api-key': key } });

  beforeAll(async () => {
    t = await startApp({
      APP_ROLE: 'api',
      ADMIN_API_KEYS: `viewer:${sha(VIEWER)},operator:${sha(OPERATOR)}`,
    });
    mailbox = await seedMailbox(t.app, uniqueAddress('emails'));
    const emails = t.app.get(EmailRepository);
    const tasks = t.app.get(TaskRepository);
    const responses = t.app.get(AiResponseRepository);
    for (let i = 0; i < 5; i++) {
      seeded.push(
        await emails.recordNew({
          mailboxId: mailbox.id,
          messageId: randomBytes(8).toString('hex'),
          threadId: `thread-${i}`,
          sender: `sender${i}@example.com`,
          subject: `Subject ${i}`,
          receivedAt: new Date(Date.UTC(2024, 3, 10 + i)),
        }),
      );
    }
    const [reply, newsletter, , , failed] = seeded.map((s) => ({
      emailId: s.email.id,
      taskId: s.task!.id,
    }));
    await responses.recordClassification({
      ...reply,
      category: 'needs_reply',
      confidence: 0.9,
      reasoning: 'a question',
      modelUsed: 'gpt-4o-mini',
      usage: usage(100, 10, 0.001),
    });
    await responses.recordReply(
      reply.taskId,
      'Secret reply text',
      'gpt-4o-mini',
      usage(200, 40, 0.002),
    );
    await responses.recordDraft(reply.taskId, 'r-1', 'm-1');
    await tasks.update(reply.taskId, {
      status: 'completed',
      stage: 'draft_created',
      completedAt: new Date(),
    });
    await responses.recordClassification({
      ...newsletter,
      category: 'newsletter',
      confidence: 1,
      reasoning: null,
      modelUsed: 'prefilter:mailing-list',
      usage: usage(0, 0, 0),
    });
    await tasks.update(newsletter.taskId, {
      status: 'skipped',
      stage: 'classified',
      skipReason: 'prefilter:mailing-list',
      completedAt: new Date(),
    });
    await tasks.update(failed.taskId, {
      status: 'failed',
      errorMessage: 'LLM said no',
      completedAt: new Date(),
    });
    await t.app.get(FailedTaskRepository).record({
      ...failed,
      taskName: 'classify',
      errorCode: 'LLM_INVALID_OUTPUT',
      errorMessage: 'LLM said no',
      stackTrace: 'at x',
      rawOutput: 'raw answer',
      retryCount: 5,
    });
  });
  afterAll(async () => t?.close());

  it('pages through a mailbox’s emails newest first with an opaque cursor', async () => {
    const seen: number[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await get(
        `/api/v1/emails?mailbox=${mailbox.id}&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.items.map((e: { id: number }) => e.id));
      cursor = res.body.next_cursor;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toEqual(seeded.map((s) => s.email.id).reverse());
  });

  it('lists each email with its latest run and verdict; the subject for operators only', async () => {
    const path = `/api/v1/emails?mailbox=${encodeURIComponent(mailbox.emailAddress)}&limit=100`;
    const res = await get(path);
    const first = res.body.items.find((e: { id: number }) => e.id === seeded[0].email.id);
    expect(first).toEqual({
      id: seeded[0].email.id,
      mailbox_id: mailbox.id,
      message_id: seeded[0].email.messageId,
      thread_id: 'thread-0',
      sender: 'sender0@example.com',
      // Email content: not for the viewer role.
      subject: null,
      received_at: '2024-04-10T00:00:00.000Z',
      processed: false,
      created_at: expect.any(String),
      latest_task_id: seeded[0].task!.id,
      latest_task_status: 'completed',
      latest_task_stage: 'draft_created',
      category: 'needs_reply',
      confidence: 0.9,
      draft_id: 'r-1',
      draft_state: 'created',
      skip_reason: null,
      // The model's reason may quote the email: operators only, like the subject.
      reason: null,
      label: null,
      draft_outcome: null,
      draft_similarity: null,
    });
    expect(res.text).not.toContain('Subject ');
    const asOperator = await get(path, OPERATOR);
    const forOperator = asOperator.body.items.find(
      (e: { id: number }) => e.id === seeded[0].email.id,
    );
    expect(forOperator.subject).toBe('Subject 0');
    expect(forOperator.reason).toEqual(expect.any(String));
  });

  it('filters by category, status and date', async () => {
    const ids = async (query: string) =>
      (await get(`/api/v1/emails?mailbox=${mailbox.id}&${query}`)).body.items.map(
        (e: { id: number }) => e.id,
      );
    expect(await ids('category=needs_reply')).toEqual([seeded[0].email.id]);
    expect(await ids('status=pending')).toEqual([seeded[3].email.id, seeded[2].email.id]);
    expect(await ids('status=failed')).toEqual([seeded[4].email.id]);
    expect(await ids('since=2024-04-11T00:00:00Z&until=2024-04-13T00:00:00Z')).toEqual([
      seeded[2].email.id,
      seeded[1].email.id,
    ]);
    expect(await ids('category=nothing-like-this')).toEqual([]);
    // What the owner did with the draft: awaited until an outcome is observed, then filtered by it.
    expect(await ids('draft_outcome=awaiting')).toEqual([seeded[0].email.id]);
    const [response] = await t.app
      .get(DataSource)
      .query<{ id: number }[]>('SELECT id FROM ai_responses WHERE email_id = $1', [
        seeded[0].email.id,
      ]);
    await t.app
      .get(DataSource)
      .query(
        `INSERT INTO draft_feedback (ai_response_id, mailbox_id, outcome, similarity) VALUES ($1, $2, 'sent_edited', 0.8)`,
        [response.id, mailbox.id],
      );
    expect(await ids('draft_outcome=sent_edited')).toEqual([seeded[0].email.id]);
    expect(await ids('draft_outcome=awaiting')).toEqual([]);
    expect(await ids('draft_outcome=deleted')).toEqual([]);
    const edited = (await get(`/api/v1/emails?mailbox=${mailbox.id}&draft_outcome=sent_edited`))
      .body.items[0];
    expect(edited).toMatchObject({ draft_outcome: 'sent_edited', draft_similarity: 0.8 });
    expect((await get('/api/v1/emails?mailbox=nobody@example.com')).body).toEqual({
      items: [],
      next_cursor: null,
    });
  });

  it('rejects bad query parameters in the standard format', async () => {
    for (const query of [
      'limit=0',
      'limit=101',
      'limit=abc',
      'status=bogus',
      'draft_outcome=sent',
      'since=yesterday',
      'cursor=%%%',
      'cursor=eyJ4IjoxfQ',
      'unknown=1',
    ]) {
      const res = await get(`/api/v1/emails?${query}`);
      expect(res.status, query).toBe(400);
      expectErrorShape(res.body);
    }
  });

  it('shows one email with its runs, responses and dead letters; reply text for operators only', async () => {
    const reply = seeded[0];
    const asOperator = await get(`/api/v1/emails/${reply.email.id}`, OPERATOR);
    expect(asOperator.status).toBe(200);
    expect(asOperator.body.tasks).toEqual([
      expect.objectContaining({
        task_id: reply.task!.id,
        status: 'completed',
        stage: 'draft_created',
      }),
    ]);
    expect(asOperator.body.responses).toEqual([
      expect.objectContaining({
        task_id: reply.task!.id,
        category: 'needs_reply',
        generated_reply: 'Secret reply text',
        reasoning: 'a question',
        tokens_used: 350,
        draft_state: 'created',
      }),
    ]);
    expect(asOperator.body.subject).toBe('Subject 0');
    const asViewer = await get(`/api/v1/emails/${reply.email.messageId}`);
    expect(asViewer.status).toBe(200);
    expect(asViewer.body.id).toBe(reply.email.id);
    expect(asViewer.body.subject).toBeNull();
    expect(asViewer.text).not.toContain('Subject 0');
    expect(asViewer.body.responses[0]).not.toHaveProperty('generated_reply');
    expect(asViewer.body.responses[0]).not.toHaveProperty('reasoning');
    expect(asViewer.text).not.toContain('Secret reply text');

    const failed = await get(`/api/v1/emails/${seeded[4].email.id}`);
    expect(failed.body.failed_tasks).toEqual([
      expect.objectContaining({
        task_name: 'classify',
        error_code: 'LLM_INVALID_OUTPUT',
        resolved_at: null,
      }),
    ]);
    expect(failed.body.failed_tasks[0]).not.toHaveProperty('raw_output');

    expect((await get('/api/v1/emails/999999999')).status).toBe(404);
    expect((await get('/api/v1/emails/ffffffffffffffff')).status).toBe(404);
    expect((await get('/api/v1/emails/bad%20id!')).status).toBe(400);
  });

  it('counts by status and category, tokens, cost and pre-filter skips over a window', async () => {
    // Move this file's rows into a window of their own: the run's database is shared.
    const db = t.app.get(DataSource);
    const at = '2001-02-03T04:05:06Z';
    const emailIds = seeded.map((s) => s.email.id);
    await db.query(`UPDATE emails SET created_at = $1 WHERE id = ANY($2)`, [at, emailIds]);
    await db.query(`UPDATE processing_tasks SET created_at = $1 WHERE email_id = ANY($2)`, [
      at,
      emailIds,
    ]);
    await db.query(`UPDATE ai_responses SET created_at = $1 WHERE email_id = ANY($2)`, [
      at,
      emailIds,
    ]);
    await db.query(`UPDATE failed_tasks SET created_at = $1 WHERE email_id = ANY($2)`, [
      at,
      emailIds,
    ]);

    const res = await get('/api/v1/stats?since=2001-02-03T00:00:00Z&until=2001-02-04T00:00:00Z');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      window: { since: '2001-02-03T00:00:00.000Z', until: '2001-02-04T00:00:00.000Z' },
      emails: 5,
      tasks: { total: 5, by_status: { completed: 1, skipped: 1, pending: 2, failed: 1 } },
      categories: { needs_reply: 1, newsletter: 1 },
      skipped: { total: 1, by_prefilter: 1, by_reason: { 'prefilter:mailing-list': 1 } },
      llm: {
        tokens_used: 350,
        prompt_tokens: 300,
        completion_tokens: 50,
        by_model: [
          {
            model: 'gpt-4o-mini',
            responses: 1,
            tokens_used: 350,
            cost_usd: expect.closeTo(0.003, 9),
          },
        ],
      },
      drafts_created: 1,
      failed_tasks: { created: 1, unresolved: expect.any(Number) },
    });
    expect(res.body.llm.cost_usd).toBeCloseTo(0.003, 9);

    const lastDay = await get('/api/v1/stats?hours=24');
    expect(lastDay.status).toBe(200);
    expect(lastDay.body.emails).toBeGreaterThanOrEqual(0);
    const defaults = await get('/api/v1/stats');
    expect(
      new Date(defaults.body.window.until).getTime() -
        new Date(defaults.body.window.since).getTime(),
    ).toBe(24 * 3_600_000);
  });

  it('rejects an inconsistent stats window', async () => {
    for (const query of [
      'hours=2&since=2024-01-01T00:00:00Z',
      'since=2024-02-01T00:00:00Z&until=2024-01-01T00:00:00Z',
      'hours=0',
      'hours=9999',
      'until=soon',
    ]) {
      const res = await get(`/api/v1/stats?${query}`);
      expect(res.status, query).toBe(400);
      expectErrorShape(res.body);
    }
  });
});
