import pg from 'pg';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AiResponseEntity } from '../../src/modules/persistence/entities/ai-response.entity.js';
import { EmailEntity } from '../../src/modules/persistence/entities/email.entity.js';
import { MailboxEntity } from '../../src/modules/persistence/entities/mailbox.entity.js';
import { ProcessingTaskEntity } from '../../src/modules/persistence/entities/processing-task.entity.js';
import {
  AiResponseRepository,
  classificationValues,
} from '../../src/modules/persistence/repositories/ai-response.repository.js';
import { ClassificationCacheRepository } from '../../src/modules/persistence/repositories/classification-cache.repository.js';
import { DraftFeedbackRepository } from '../../src/modules/persistence/repositories/draft-feedback.repository.js';
import { EmailRepository } from '../../src/modules/persistence/repositories/email.repository.js';
import { FailedTaskRepository } from '../../src/modules/persistence/repositories/failed-task.repository.js';
import { LabelRepository } from '../../src/modules/persistence/repositories/label.repository.js';
import { MailboxRepository } from '../../src/modules/persistence/repositories/mailbox.repository.js';
import { NotificationRepository } from '../../src/modules/persistence/repositories/notification.repository.js';
import { StageClaimRepository } from '../../src/modules/persistence/repositories/stage-claim.repository.js';
import { StageStateRepository } from '../../src/modules/persistence/repositories/stage-state.repository.js';
import { TaskRepository } from '../../src/modules/persistence/repositories/task.repository.js';
import { type Executor, KYSELY } from '../../src/modules/persistence/database/database.js';
import { startApp, TestApp } from '../support/app-harness.js';
import { seedMailbox, uniqueAddress } from '../support/seed.js';

/**
 * The pipeline's Kysely statements against the real schema: the guarantees the pipeline relies
 * on (live-only transitions, one task per new email, atomic transitions, rows with the types
 * TypeORM reads).
 */
describe('pipeline statements (real PostgreSQL)', () => {
  let t: TestApp;
  let state: StageStateRepository;
  let claims: StageClaimRepository;
  let emails: EmailRepository;
  let tasks: TaskRepository;
  let responses: AiResponseRepository;
  let mailboxes: MailboxRepository;
  let db: DataSource;

  beforeAll(async () => {
    t = await startApp({ APP_ROLE: 'api' });
    state = t.app.get(StageStateRepository);
    claims = t.app.get(StageClaimRepository);
    emails = t.app.get(EmailRepository);
    tasks = t.app.get(TaskRepository);
    responses = t.app.get(AiResponseRepository);
    mailboxes = t.app.get(MailboxRepository);
    db = t.app.get(DataSource);
  });
  afterAll(async () => t?.close());

  let n = 0;
  async function newTask(opts: { mailboxStatus?: 'active' | 'paused' } = {}) {
    const mailbox = await seedMailbox(t.app, uniqueAddress('stage'), { refreshToken: 'rt-secret' });
    if (opts.mailboxStatus === 'paused') await mailboxes.setStatus(mailbox.id, 'paused', 'test');
    const recorded = await emails.recordNew({
      mailboxId: mailbox.id,
      messageId: `msg-${Date.now()}-${++n}`,
      threadId: 'thread-1',
    });
    return { mailbox, email: recorded.email, task: recorded.task! };
  }

  /** `run`'s result and the statements it sent (a transaction's BEGIN and COMMIT included). */
  async function counted<T>(run: () => Promise<T>): Promise<{ result: T; statements: number }> {
    const query = vi.spyOn(pg.Client.prototype, 'query');
    try {
      const result = await run();
      return { result, statements: query.mock.calls.length };
    } finally {
      query.mockRestore();
    }
  }

  it('records a new email with its task in one statement, typed like TypeORM would', async () => {
    const { mailbox, email, task } = await newTask();
    expect(email).toMatchObject({ mailboxId: mailbox.id, threadId: 'thread-1', processed: false });
    expect(email.id).toEqual(expect.any(Number));
    expect(email.createdAt).toBeInstanceOf(Date);
    expect(task).toMatchObject({
      emailId: email.id,
      status: 'pending',
      stage: 'queued',
      priority: false,
    });
    expect(task.correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(task.createdAt).toBeInstanceOf(Date);
    expect(await tasks.findById(task.id)).toMatchObject({
      id: task.id,
      correlationId: task.correlationId,
    });
  });

  it('records a message once, even when five syncs record it at the same time', async () => {
    const mailbox = await seedMailbox(t.app, uniqueAddress('dup'));
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        emails.recordNew({ mailboxId: mailbox.id, messageId: `same-${mailbox.id}`, threadId: 'x' }),
      ),
    );
    expect(results.filter((r) => r.task !== null)).toHaveLength(1);
    expect(new Set(results.map((r) => r.email.id)).size).toBe(1);
    const [{ count }] = (await db.query(
      'SELECT count(*)::int AS count FROM processing_tasks WHERE email_id = $1',
      [results[0].email.id],
    )) as { count: number }[];
    expect(count).toBe(1);
  });

  it('records a page of messages in one statement: each once with its task, even across five concurrent syncs in opposite orders', async () => {
    const mailbox = await seedMailbox(t.app, uniqueAddress('batch'));
    const id = (i: number) => `page-${mailbox.id}-${i}`;
    // Five syncs with overlapping pages (0-9, 2-11, ...), one of them listing a message twice.
    const pages = Array.from({ length: 5 }, (_, s) =>
      Array.from({ length: 10 }, (_, i) => ({ messageId: id(2 * s + i), threadId: `th-${i % 3}` })),
    );
    pages[0].push({ messageId: id(0), threadId: 'th-0' });
    // Some listed newest first (as messages.list does for a backfill): opposite key orders must
    // queue behind each other, not deadlock.
    pages[1].reverse();
    pages[3].reverse();
    const results = await Promise.all(pages.map((p) => emails.recordNewBatch(mailbox.id, p)));
    const created = results.flatMap((r) => r.recorded);
    expect(created.map((r) => r.email.messageId).sort()).toEqual(
      Array.from({ length: 18 }, (_, i) => id(i)).sort(),
    );
    for (const { email, task } of created) {
      expect(email).toMatchObject({ mailboxId: mailbox.id, processed: false });
      expect(task).toMatchObject({ emailId: email.id, status: 'pending', stage: 'queued' });
    }
    // Every id a sync listed is either recorded by it or reported as known, never both.
    results.forEach((r, s) => {
      const mine = r.recorded.map((x) => x.email.messageId);
      expect([...mine, ...r.known].sort()).toEqual(
        [...new Set(pages[s].map((m) => m.messageId))].sort(),
      );
    });
    const [{ emailsN, tasksN }] = (await db.query(
      `SELECT count(DISTINCT e.id)::int AS "emailsN", count(t.id)::int AS "tasksN"
         FROM emails e JOIN processing_tasks t ON t.email_id = e.id WHERE e.mailbox_id = $1`,
      [mailbox.id],
    )) as { emailsN: number; tasksN: number }[];
    expect({ emailsN, tasksN }).toEqual({ emailsN: 18, tasksN: 18 });

    // A replay finds them all known; those not started yet are the ones to enqueue again.
    const again = await emails.recordNewBatch(mailbox.id, pages[0]);
    expect(again.recorded).toEqual([]);
    const started = created.find((r) => r.email.messageId === id(1))!.task;
    await claims.claim(started.id, 'classifying');
    const queued = await tasks.findQueuedForMessages(again.known);
    expect(queued.map((q) => q.id).sort()).toEqual(
      created
        .filter(
          (r) =>
            pages[0].some((m) => m.messageId === r.email.messageId) && r.task.id !== started.id,
        )
        .map((r) => r.task.id)
        .sort(),
    );
    expect(await emails.recordNewBatch(mailbox.id, [])).toEqual({ recorded: [], known: [] });
  });

  it('records overlapping pages listed in opposite orders without a deadlock', async () => {
    for (let round = 0; round < 10; round++) {
      const mailbox = await seedMailbox(t.app, uniqueAddress('order'));
      const page = Array.from({ length: 50 }, (_, i) => ({
        messageId: `order-${mailbox.id}-${String(i).padStart(2, '0')}`,
        threadId: null,
      }));
      const [oldestFirst, newestFirst] = await Promise.all([
        emails.recordNewBatch(mailbox.id, page),
        emails.recordNewBatch(mailbox.id, [...page].reverse()),
      ]);
      expect(oldestFirst.recorded.length + newestFirst.recorded.length).toBe(50);
    }
  });

  it('claims a live task: status processing, the running stage, the previous stage, everything loaded', async () => {
    const { mailbox, email, task } = await newTask();
    const claimed = await claims.claim(task.id, 'classifying');
    expect(claimed).not.toBeNull();
    expect(claimed!.task).toMatchObject({
      id: task.id,
      status: 'processing',
      stage: 'classifying',
    });
    expect(claimed!.previousStage).toBe('queued');
    expect(claimed!.task.emailId).toBe(email.id);
    expect(claimed!.email).toMatchObject({
      id: email.id,
      mailboxId: mailbox.id,
      messageId: email.messageId,
    });
    expect(claimed!.mailbox).toMatchObject({
      id: mailbox.id,
      emailAddress: mailbox.emailAddress,
      status: 'active',
      lastHistoryId: '100',
    });
    // The token comes encrypted; the entity itself never carries it.
    expect(claimed!.encryptedRefreshToken).toEqual(expect.any(String));
    expect(claimed!.encryptedRefreshToken).not.toContain('rt-secret');
    expect(claimed!.mailbox).not.toHaveProperty('encryptedRefreshToken');
    expect(claimed!.response).toBeNull();

    await responses.recordClassification({
      taskId: task.id,
      emailId: email.id,
      category: 'needs_reply',
      confidence: 0.9,
      reasoning: 'asks',
      modelUsed: 'm',
      usage: { promptTokens: 10, completionTokens: 5, costUsd: 0.001 },
    });
    await tasks.setStage(task.id, 'classified');
    const again = await claims.claim(task.id, 'generating');
    expect(again!.previousStage).toBe('classified');
    expect(again!.task.stage).toBe('generating');
    expect(again!.response).toMatchObject({
      taskId: task.id,
      emailId: email.id,
      category: 'needs_reply',
      confidence: 0.9,
      tokensUsed: 15,
      draftState: 'none',
    });
  });

  it('reads typed rows with the values TypeORM reads, odd values included', async () => {
    const { mailbox, email, task } = await newTask();
    // Values whose JSON form differs from pg's column form: a 20-digit numeric, microsecond
    // timestamps, floats, text with quotes, backslashes, control characters and non-BMP text.
    const odd = 'Zoë "quoted" \\ back\\slash\ttab\nline 😀 <b>&amp;</b>';
    await db.query(
      `UPDATE mailboxes SET display_name = $2, last_history_id = '18446744073709551615',
              watch_expires_at = '2026-12-06 07:52:18.999999+00', last_synced_at = NULL WHERE id = $1`,
      [mailbox.id, odd],
    );
    await db.query(
      `UPDATE emails SET subject = $2, sender = $3, received_at = '1999-12-31 23:59:59.123456-05' WHERE id = $1`,
      [email.id, odd, odd],
    );
    await responses.recordClassification({
      taskId: task.id,
      emailId: email.id,
      category: 'needs_reply',
      confidence: 0.1 + 0.2,
      reasoning: odd,
      modelUsed: 'm',
      usage: { promptTokens: 10, completionTokens: 2, costUsd: 1e-7 },
    });
    const claimed = (await claims.claim(task.id, 'generating'))!;
    const typeorm = {
      task: await db.getRepository(ProcessingTaskEntity).findOneByOrFail({ id: task.id }),
      email: await db.getRepository(EmailEntity).findOneByOrFail({ id: email.id }),
      mailbox: await db.getRepository(MailboxEntity).findOneByOrFail({ id: mailbox.id }),
      response: await db.getRepository(AiResponseEntity).findOneByOrFail({ taskId: task.id }),
    };
    // toEqual: the same values with the same types; TypeORM adds its unloaded relations as undefined.
    expect(claimed.task).toEqual(typeorm.task);
    expect(claimed.email).toEqual(typeorm.email);
    expect(claimed.mailbox).toEqual(typeorm.mailbox);
    expect(claimed.response).toEqual(typeorm.response);
    expect(claimed.mailbox.lastHistoryId).toBe('18446744073709551615');
    expect(claimed.response!.confidence).toBe(0.1 + 0.2);
    expect(claimed.email.receivedAt!.toISOString()).toBe('2000-01-01T04:59:59.123Z');
    expect(await mailboxes.findById(mailbox.id)).toStrictEqual(typeorm.mailbox);
    expect(await responses.findByTask(task.id)).toEqual(typeorm.response);
    // A LEFT JOIN that finds nothing is no entity, not one with every field null.
    const fresh = await newTask();
    expect((await claims.claim(fresh.task.id, 'classifying'))!.response).toBeNull();
  });

  it('does not claim a finished task or a task of a paused mailbox, and changes nothing', async () => {
    const paused = await newTask({ mailboxStatus: 'paused' });
    expect(await claims.claim(paused.task.id, 'classifying')).toBeNull();
    expect(await tasks.findById(paused.task.id)).toMatchObject({
      status: 'pending',
      stage: 'queued',
    });

    const done = await newTask();
    expect(
      await state.finish({
        taskId: done.task.id,
        emailId: done.email.id,
        status: 'skipped',
        skipReason: 'prefilter:x',
      }),
    ).toBe(true);
    expect(await claims.claim(done.task.id, 'classifying')).toBeNull();
    expect(await tasks.findById(done.task.id)).toMatchObject({
      status: 'skipped',
      stage: 'queued',
      skipReason: 'prefilter:x',
    });
  });

  it('finishes a live task with its dead letters resolved and its email processed, once', async () => {
    const { email, task } = await newTask();
    const failed = t.app.get(FailedTaskRepository);
    const letter = await failed.record({
      emailId: email.id,
      taskId: task.id,
      taskName: 'generate',
      errorCode: 'X',
      errorMessage: 'boom',
      stackTrace: null,
      retryCount: 3,
    });
    await claims.claim(task.id, 'drafting');

    expect(
      await state.finish({
        taskId: task.id,
        emailId: email.id,
        status: 'completed',
        stage: 'draft_created',
      }),
    ).toBe(true);
    const finished = await tasks.findById(task.id);
    expect(finished).toMatchObject({
      status: 'completed',
      stage: 'draft_created',
      skipReason: null,
      errorMessage: null,
    });
    expect(finished!.completedAt).toBeInstanceOf(Date);
    expect((await emails.findById(email.id))!.processed).toBe(true);
    expect((await failed.findById(letter.id))!.resolvedAt).toBeInstanceOf(Date);

    // A second finish (a stale job) writes nothing at all.
    await emails.markProcessed(email.id, false);
    expect(
      await state.finish({
        taskId: task.id,
        emailId: email.id,
        status: 'skipped',
        skipReason: 'late',
      }),
    ).toBe(false);
    expect(await tasks.findById(task.id)).toMatchObject({ status: 'completed', skipReason: null });
    expect((await emails.findById(email.id))!.processed).toBe(false);
  });

  it('records the reply with the stage move, and the draft with the completion', async () => {
    const { email, task } = await newTask();
    await responses.recordClassification({
      taskId: task.id,
      emailId: email.id,
      category: 'needs_reply',
      confidence: 1,
      reasoning: null,
      modelUsed: 'm',
      usage: { promptTokens: 10, completionTokens: 2, costUsd: 0.5 },
    });
    await claims.claim(task.id, 'generating');
    // One round trip: the connection is held for one statement, not a transaction's four.
    expect(
      await counted(() =>
        state.replyGenerated(task.id, 'Hello', 'gpt', {
          promptTokens: 100,
          completionTokens: 20,
          costUsd: 0.25,
        }),
      ),
    ).toEqual({ result: true, statements: 1 });
    expect(await tasks.findById(task.id)).toMatchObject({
      status: 'processing',
      stage: 'reply_generated',
    });
    expect(await responses.findByTask(task.id)).toMatchObject({
      generatedReply: 'Hello',
      replyModelUsed: 'gpt',
      tokensUsed: 132,
      promptTokens: 110,
      costUsd: 0.75,
    });

    await claims.claim(task.id, 'drafting');
    expect(
      await state.finish({
        taskId: task.id,
        emailId: email.id,
        status: 'completed',
        stage: 'draft_created',
        draft: { draftId: 'r-9', messageId: 'm-9' },
      }),
    ).toBe(true);
    expect(await responses.findByTask(task.id)).toMatchObject({
      draftId: 'r-9',
      draftMessageId: 'm-9',
      draftState: 'created',
    });
    expect(await tasks.findById(task.id)).toMatchObject({
      status: 'completed',
      stage: 'draft_created',
    });

    // A draft made by a run whose task meanwhile ended is still recorded; the task is left alone.
    expect(
      await state.finish({
        taskId: task.id,
        emailId: email.id,
        status: 'completed',
        draft: { draftId: 'r-10', messageId: 'm-10' },
      }),
    ).toBe(false);
    expect(await responses.findByTask(task.id)).toMatchObject({ draftId: 'r-10' });
    // Without a draft, finish leaves the response's draft as it is.
    const other = await newTask();
    await responses.recordClassification({
      taskId: other.task.id,
      emailId: other.email.id,
      category: 'spam',
      confidence: 1,
      reasoning: null,
      modelUsed: 'm',
      usage: { promptTokens: 0, completionTokens: 0, costUsd: 0 },
    });
    expect(
      await state.finish({
        taskId: other.task.id,
        emailId: other.email.id,
        status: 'completed',
        stage: 'classified',
      }),
    ).toBe(true);
    expect(await responses.findByTask(other.task.id)).toMatchObject({
      draftId: null,
      draftState: 'none',
    });
    // A stale generate run does not move a finished task.
    expect(
      await state.replyGenerated(other.task.id, 'late', 'gpt', {
        promptTokens: 0,
        completionTokens: 0,
        costUsd: 0,
      }),
    ).toBe(false);
    expect(await tasks.findById(other.task.id)).toMatchObject({
      status: 'completed',
      stage: 'classified',
    });
  });

  it("prepares a draft under its lock: keeps the first marker, finds the thread's previous AI draft, marks nothing twice", async () => {
    const { mailbox, email, task } = await newTask();
    const first = '00000000-0000-4000-8000-000000000001';
    const second = '00000000-0000-4000-8000-000000000002';
    // No reply yet: nothing is marked.
    await responses.recordClassification({
      taskId: task.id,
      emailId: email.id,
      category: 'needs_reply',
      confidence: 1,
      reasoning: null,
      modelUsed: 'm',
      usage: { promptTokens: 0, completionTokens: 0, costUsd: 0 },
    });
    expect(await state.prepareDraft(task.id, first, mailbox.id, 'thread-1')).toMatchObject({
      marker: null,
      previousInThread: null,
    });
    expect(await responses.findByTask(task.id)).toMatchObject({
      draftState: 'none',
      draftMarker: null,
    });

    await state.replyGenerated(task.id, 'Hello', 'gpt', {
      promptTokens: 0,
      completionTokens: 0,
      costUsd: 0,
    });
    const started = await state.prepareDraft(task.id, first, mailbox.id, 'thread-1');
    // The response as it was before the statement, and the marker to use.
    expect(started).toMatchObject({
      marker: first,
      response: { taskId: task.id, generatedReply: 'Hello', draftState: 'none' },
    });
    const resumed = await state.prepareDraft(task.id, second, mailbox.id, 'thread-1');
    expect(resumed).toMatchObject({
      marker: first,
      response: { draftState: 'creating', draftMarker: first },
    });
    expect(await responses.findByTask(task.id)).toMatchObject({
      draftState: 'creating',
      draftMarker: first,
    });

    await state.finish({
      taskId: task.id,
      emailId: email.id,
      status: 'completed',
      stage: 'draft_created',
      draft: { draftId: 'd-1', messageId: 'm-1' },
    });
    // Recorded: nothing to mark any more.
    expect(await state.prepareDraft(task.id, second, mailbox.id, 'thread-1')).toMatchObject({
      marker: null,
      response: { draftState: 'created', draftId: 'd-1' },
    });

    // A later email in the same thread sees that draft; one in another thread does not.
    const later = await emails.recordNew({
      mailboxId: mailbox.id,
      messageId: `later-${mailbox.id}`,
      threadId: 'thread-1',
    });
    await responses.recordClassification({
      taskId: later.task!.id,
      emailId: later.email.id,
      category: 'needs_reply',
      confidence: 1,
      reasoning: null,
      modelUsed: 'm',
      usage: { promptTokens: 0, completionTokens: 0, costUsd: 0 },
    });
    await state.replyGenerated(later.task!.id, 'Again', 'gpt', {
      promptTokens: 0,
      completionTokens: 0,
      costUsd: 0,
    });
    const inThread = await state.prepareDraft(later.task!.id, second, mailbox.id, 'thread-1');
    expect(inThread!.previousInThread).toMatchObject({
      taskId: task.id,
      draftId: 'd-1',
      draftMessageId: 'm-1',
      draftState: 'created',
    });
    expect(inThread!.previousInThread!.id).toEqual(expect.any(Number));
    expect(
      (await state.prepareDraft(later.task!.id, second, mailbox.id, 'thread-2'))!.previousInThread,
    ).toBeNull();
    expect(
      await state.prepareDraft(
        '00000000-0000-4000-8000-00000000dead',
        first,
        mailbox.id,
        'thread-1',
      ),
    ).toBeNull();
  });

  it('records a classification and moves the task on in the same statement', async () => {
    const usage = { promptTokens: 7, completionTokens: 3, costUsd: 0.01 };
    const going = await newTask();
    const keep = {
      contentHash: Buffer.from(`going-${going.task.id}`),
      category: 'needs_reply',
      confidence: 0.9,
      modelUsed: 'gpt',
    };
    await claims.claim(going.task.id, 'classifying');
    expect(
      await counted(() =>
        state.classified(
          going.task.id,
          going.email.id,
          { category: 'needs_reply', confidence: 0.9, reasoning: 'asks', modelUsed: 'gpt', usage },
          { stage: 'classified' },
          { cache: { ...keep, ttlSeconds: 3600 } },
        ),
      ),
    ).toEqual({ result: true, statements: 1 });
    // The verdict is kept for the next mailbox with the same content, in the same statement.
    expect(await t.app.get(ClassificationCacheRepository).take(keep.contentHash)).toEqual({
      category: 'needs_reply',
      confidence: 0.9,
      modelUsed: 'gpt',
    });
    expect(await tasks.findById(going.task.id)).toMatchObject({
      status: 'processing',
      stage: 'classified',
    });
    expect(await responses.findByTask(going.task.id)).toMatchObject({
      category: 'needs_reply',
      confidence: 0.9,
      tokensUsed: 10,
      modelUsed: 'gpt',
    });

    const spam = await newTask();
    const failed = t.app.get(FailedTaskRepository);
    const letter = await failed.record({
      emailId: spam.email.id,
      taskId: spam.task.id,
      taskName: 'classify',
      errorCode: 'X',
      errorMessage: 'boom',
      stackTrace: null,
      retryCount: 5,
    });
    await claims.claim(spam.task.id, 'classifying');
    expect(
      await counted(() =>
        state.classified(
          spam.task.id,
          spam.email.id,
          { category: 'spam', confidence: 0.99, reasoning: null, modelUsed: 'gpt', usage },
          { status: 'completed', stage: 'classified' },
        ),
      ),
    ).toEqual({ result: true, statements: 1 });
    expect(await tasks.findById(spam.task.id)).toMatchObject({
      status: 'completed',
      stage: 'classified',
      skipReason: null,
    });
    expect((await emails.findById(spam.email.id))!.processed).toBe(true);
    expect((await failed.findById(letter.id))!.resolvedAt).toBeInstanceOf(Date);
    expect(await responses.findByTask(spam.task.id)).toMatchObject({
      category: 'spam',
      confidence: 0.99,
      modelUsed: 'gpt',
      tokensUsed: 10,
    });

    // A task that ended meanwhile keeps its state; the classification is stored all the same.
    expect(
      await state.classified(
        spam.task.id,
        spam.email.id,
        { category: 'informational', confidence: 0.5, reasoning: null, modelUsed: 'late', usage },
        { status: 'skipped', skipReason: 'low_confidence' },
      ),
    ).toBe(false);
    expect(
      await state.classified(
        spam.task.id,
        spam.email.id,
        { category: 'needs_reply', confidence: 0.5, reasoning: null, modelUsed: 'late', usage },
        { stage: 'classified' },
      ),
    ).toBe(false);
    expect(await tasks.findById(spam.task.id)).toMatchObject({
      status: 'completed',
      stage: 'classified',
      skipReason: null,
    });
    expect(await responses.findByTask(spam.task.id)).toMatchObject({
      category: 'needs_reply',
      modelUsed: 'late',
    });
  });

  it('skips a live task with its reason and stores the classification, reasoning cut', async () => {
    const { email, task } = await newTask();
    await claims.claim(task.id, 'classifying');
    const usage = { promptTokens: 11, completionTokens: 4, cachedPromptTokens: 2.7, costUsd: 0.5 };
    expect(
      await state.classified(
        task.id,
        email.id,
        {
          category: 'informational',
          confidence: 0.4,
          reasoning: 'r'.repeat(2500),
          modelUsed: 'm',
          usage,
        },
        { status: 'skipped', skipReason: 'low_confidence' },
      ),
    ).toBe(true);
    expect(await tasks.findById(task.id)).toMatchObject({
      status: 'skipped',
      stage: 'classifying',
      skipReason: 'low_confidence',
    });
    const response = (await responses.findByTask(task.id))!;
    expect(response).toMatchObject({
      category: 'informational',
      tokensUsed: 15,
      promptTokens: 11,
      completionTokens: 4,
      cachedPromptTokens: 2,
    });
    expect(response.reasoning).toHaveLength(2000);
  });

  it("counts the mailbox's replies since a time when the generate claim asks for it", async () => {
    const { mailbox, email, task } = await newTask();
    await responses.recordClassification({
      taskId: task.id,
      emailId: email.id,
      category: 'needs_reply',
      confidence: 1,
      reasoning: null,
      modelUsed: 'm',
      usage: { promptTokens: 0, completionTokens: 0, costUsd: 0 },
    });
    await state.replyGenerated(task.id, 'Hello', 'gpt', {
      promptTokens: 0,
      completionTokens: 0,
      costUsd: 0,
    });
    const other = await emails.recordNew({
      mailboxId: mailbox.id,
      messageId: `count-${mailbox.id}`,
      threadId: 't',
    });
    const since = new Date(Date.now() - 60_000);
    const claimed = await claims.claim(other.task!.id, 'generating', { draftsSince: since });
    expect(claimed!.draftsSince).toBe(1);
    expect(claimed!.draftsSince).toBe(await responses.countDraftsSince(mailbox.id, since));
    expect(
      (await claims.claim(other.task!.id, 'generating', {
        draftsSince: new Date(Date.now() + 60_000),
      }))!.draftsSince,
    ).toBe(0);
    expect((await claims.claim(other.task!.id, 'generating'))!.draftsSince).toBeUndefined();

    // What counts is when the reply was written: a reply from yesterday whose draft was recorded
    // today (updated_at moves) is not one of today's.
    await db.query(
      `UPDATE ai_responses SET reply_generated_at = now() - interval '1 day', updated_at = now() WHERE task_id = $1`,
      [task.id],
    );
    expect(
      (await claims.claim(other.task!.id, 'generating', { draftsSince: since }))!.draftsSince,
    ).toBe(0);
    expect(await responses.countDraftsSince(mailbox.id, since)).toBe(0);
  });

  it("runs repository calls on a caller's transaction: they commit or roll back together", async () => {
    const kysely = t.app.get<Executor>(KYSELY);
    const { email, task } = await newTask();
    const classification = {
      taskId: task.id,
      emailId: email.id,
      category: 'needs_reply',
      confidence: 0.9,
      reasoning: null,
      modelUsed: 'm',
      usage: { promptTokens: 1, completionTokens: 1, costUsd: 0 },
    };
    await expect(
      kysely.transaction().execute(async (tx) => {
        await responses.recordClassification(classification, tx);
        expect(await tasks.setStage(task.id, 'classified', tx)).toBe(true);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await responses.findByTask(task.id)).toBeNull();
    expect(await tasks.findById(task.id)).toMatchObject({ stage: 'queued' });

    await kysely.transaction().execute(async (tx) => {
      await responses.recordClassification(classification, tx);
      await tasks.setStage(task.id, 'classified', tx);
    });
    expect(await responses.findByTask(task.id)).toMatchObject({ category: 'needs_reply' });
    expect(await tasks.findById(task.id)).toMatchObject({ stage: 'classified' });
  });

  it('moves no task when its classification cannot be stored (one statement)', async () => {
    const { task } = await newTask();
    await claims.claim(task.id, 'classifying');
    const c = {
      category: 'needs_reply',
      confidence: 0.9,
      reasoning: null,
      modelUsed: 'm',
      usage: { promptTokens: 0, completionTokens: 0, costUsd: 0 },
    };
    // No such email: the response has no mailbox to copy, so its insert fails.
    const missingEmail = 2_000_000_000;
    await expect(
      state.classified(task.id, missingEmail, c, { stage: 'classified' }),
    ).rejects.toThrow();
    await expect(
      state.classified(task.id, missingEmail, c, { status: 'completed', stage: 'classified' }),
    ).rejects.toThrow();
    expect(await tasks.findById(task.id)).toMatchObject({
      status: 'processing',
      stage: 'classifying',
    });
  });

  it("starts the label step in one statement: the email's recorded label, else the intent when the label id is known", async () => {
    const labels = t.app.get(LabelRepository);
    const { mailbox, email, task } = await newTask();
    // The label is new to the mailbox: nothing recorded, the caller creates it.
    expect(await labels.start(email.id, mailbox.id, 'fyi', 'AI/FYI')).toEqual({
      earlier: null,
      intent: null,
    });
    expect(await labels.emailLabel(email.id)).toBeNull();

    await labels.rememberLabel(mailbox.id, 'AI/FYI', 'Label_9');
    const applying = { outcome: 'fyi', gmailLabelId: 'Label_9', state: 'applying' };
    // The LLM's classification that decided the label is stored by the same statement.
    const usage = { promptTokens: 7, completionTokens: 3, costUsd: 0.01 };
    const c = {
      category: 'newsletter',
      confidence: 0.9,
      reasoning: 'list',
      modelUsed: 'gpt',
      usage,
    };
    const values = classificationValues({ ...c, taskId: task.id, emailId: email.id });
    const cache = t.app.get(ClassificationCacheRepository);
    const contentHash = Buffer.from(`label-test-${task.id}`);
    const entry = { contentHash, category: 'newsletter', confidence: 0.9, modelUsed: 'gpt' };
    const kept = { classification: values, cache: { ...entry, ttlSeconds: 3600 } };
    expect(await counted(() => labels.start(email.id, mailbox.id, 'fyi', 'AI/FYI', kept))).toEqual({
      result: { earlier: null, intent: applying },
      statements: 1,
    });
    // ...and its row for the shared cache, so a run that dies in the label step loses neither.
    expect(await cache.take(contentHash)).toEqual({
      category: 'newsletter',
      confidence: 0.9,
      modelUsed: 'gpt',
    });
    expect(await labels.emailLabel(email.id)).toEqual(applying);
    expect(await responses.findByTask(task.id)).toMatchObject({
      category: 'newsletter',
      tokensUsed: 10,
    });

    // A second run finds the first one's intent, whatever its outcome now, and records nothing.
    await labels.rememberLabel(mailbox.id, 'AI/Needs reply', 'Label_14');
    expect(await labels.start(email.id, mailbox.id, 'needs_reply', 'AI/Needs reply')).toEqual({
      earlier: applying,
      intent: null,
    });
    // The verdict's statement marks the label applied (and keeps a cache row when it has one).
    await claims.claim(task.id, 'classifying');
    const otherHash = Buffer.from(`label-test-2-${task.id}`);
    expect(
      await counted(() =>
        state.classified(
          task.id,
          email.id,
          c,
          { status: 'completed', stage: 'classified' },
          { labelApplied: true, cache: { ...entry, contentHash: otherHash, ttlSeconds: 3600 } },
        ),
      ),
    ).toEqual({ result: true, statements: 1 });
    expect(await tasks.findById(task.id)).toMatchObject({ status: 'completed' });
    expect(await cache.take(otherHash)).toEqual({
      category: 'newsletter',
      confidence: 0.9,
      modelUsed: 'gpt',
    });
    expect(await labels.start(email.id, mailbox.id, 'fyi', 'AI/FYI')).toEqual({
      earlier: { ...applying, state: 'applied' },
      intent: null,
    });

    // Five runs of another email at once: one intent between them, the others see none or it.
    const other = await emails.recordNew({
      mailboxId: mailbox.id,
      messageId: `msg-${Date.now()}-${++n}`,
      threadId: 'thread-2',
    });
    const starts = await Promise.all(
      Array.from({ length: 5 }, () => labels.start(other.email.id, mailbox.id, 'fyi', 'AI/FYI')),
    );
    expect(starts.filter((s) => s.intent)).toHaveLength(1);
    for (const s of starts)
      expect(s.earlier === null || s.earlier.gmailLabelId === 'Label_9').toBe(true);
    expect(await labels.emailLabel(other.email.id)).toEqual(applying);
  });

  it('stores a batch of pushes once each (redeliveries in and across batches skipped)', async () => {
    const notifications = t.app.get(NotificationRepository);
    const { mailbox } = await newTask();
    const id = (k: number) => `ps-${mailbox.id}-${k}`;
    const push = (k: number, publishedAt: Date | null = new Date('2026-11-26T01:02:03.456Z')) => ({
      pubsubMessageId: id(k),
      mailboxId: mailbox.id,
      emailAddress: mailbox.emailAddress,
      historyId: String(1000 + k),
      publishedAt,
    });
    const first = await notifications.insertManyIfNew([push(1), push(2, null), push(1)]);
    expect([...first].sort()).toEqual([id(1), id(2)]);
    const second = await notifications.insertManyIfNew([
      push(2),
      push(3),
      { ...push(4), mailboxId: null },
    ]);
    expect([...second].sort()).toEqual([id(3), id(4)]);
    const rows = (await db.query(
      `SELECT pubsub_message_id AS id, mailbox_id, history_id::text AS h, published_at FROM pubsub_notifications WHERE pubsub_message_id LIKE $1 ORDER BY 1`,
      [`ps-${mailbox.id}-%`],
    )) as { id: string; mailbox_id: string | null; h: string; published_at: Date | null }[];
    expect(rows.map((r) => [r.id, r.h])).toEqual([
      [id(1), '1001'],
      [id(2), '1002'],
      [id(3), '1003'],
      [id(4), '1004'],
    ]);
    expect(rows[0].published_at?.toISOString()).toBe('2026-11-26T01:02:03.456Z');
    expect(rows[1].published_at).toBeNull();
    expect(rows[3].mailbox_id).toBeNull();
  });

  it('finds mailboxes by address, case-insensitively, in one query', async () => {
    const a = await seedMailbox(t.app, uniqueAddress('find'));
    const b = await seedMailbox(t.app, uniqueAddress('find'));
    const found = await mailboxes.findByEmails([
      a.emailAddress.toUpperCase(),
      ` ${b.emailAddress} `,
      'nobody@example.com',
      a.emailAddress,
    ]);
    expect(found.map((m) => m.id).sort()).toEqual([a.id, b.id].sort());
    expect(found.find((m) => m.id === a.id)).toMatchObject({
      emailAddress: a.emailAddress,
      status: 'active',
      lastHistoryId: '100',
    });
    expect(await mailboxes.findByEmails([])).toEqual([]);
  });

  it('ends a sync in one statement: history id only forward, pushes up to it covered', async () => {
    const { mailbox } = await newTask();
    const notifications = t.app.get(NotificationRepository);
    const push = (historyId: string) => ({
      pubsubMessageId: `sync-${mailbox.id}-${historyId}`,
      mailboxId: mailbox.id,
      emailAddress: mailbox.emailAddress,
      historyId,
      publishedAt: null,
    });
    await notifications.insertManyIfNew(['110', '150', '160'].map(push));
    const covered = async () =>
      (
        (await db.query(
          `SELECT history_id::text AS h FROM pubsub_notifications
            WHERE mailbox_id = $1 AND processed_at IS NOT NULL ORDER BY history_id`,
          [mailbox.id],
        )) as { h: string }[]
      ).map((r) => r.h);

    expect(await counted(() => mailboxes.syncedTo(mailbox.id, '150'))).toEqual({
      result: true,
      statements: 1,
    });
    expect(await covered()).toEqual(['110', '150']);
    // A late sync never moves the baseline back, but what it saw is covered all the same.
    await notifications.insertManyIfNew([push('120')]);
    expect(await mailboxes.syncedTo(mailbox.id, '120')).toBe(false);
    expect(await covered()).toEqual(['110', '120', '150']);
    expect(await mailboxes.lastHistoryId(mailbox.id)).toBe('150');
    const found = await mailboxes.findWithToken(mailbox.id);
    expect(found!.mailbox.lastHistoryId).toBe('150');
    expect(found!.encryptedToken).toEqual(expect.any(String));
  });
  it('records a draft outcome once: pending may be replaced, a final outcome never', async () => {
    const feedback = t.app.get(DraftFeedbackRepository);
    const { mailbox, email, task } = await newTask();
    await responses.recordClassification({
      taskId: task.id,
      emailId: email.id,
      category: 'needs_reply',
      confidence: 0.9,
      reasoning: null,
      modelUsed: 'offline',
      usage: { promptTokens: 0, completionTokens: 0, costUsd: 0 },
    });
    await state.replyGenerated(
      task.id,
      'Hello',
      'gpt-4o-mini',
      { promptTokens: 0, completionTokens: 0, costUsd: 0 },
      'openai',
    );
    await state.finish({
      taskId: task.id,
      emailId: email.id,
      status: 'completed',
      stage: 'draft_created',
      draft: { draftId: 'fb-d', messageId: 'fb-m' },
    });
    const [watched] = await feedback.watchedInThreads(mailbox.id, ['thread-1']);
    expect(watched).toMatchObject({
      threadId: 'thread-1',
      draftId: 'fb-d',
      draftMessageId: 'fb-m',
      generatedReply: 'Hello',
      category: 'needs_reply',
      model: 'gpt-4o-mini',
      provider: 'openai',
      outcome: null,
    });
    expect(watched!.writtenAt).toBeInstanceOf(Date);
    expect(await feedback.unobserved(mailbox.id, 10)).toHaveLength(1);
    expect(await feedback.watchedInThreads(mailbox.id, ['another-thread'])).toEqual([]);

    const base = { responseId: watched!.responseId, mailboxId: mailbox.id };
    const pending = { ...base, outcome: 'pending' as const, similarity: null, sentMessageId: null };
    // Two observers at once: one of them records.
    const firsts = await Promise.all([feedback.record(pending), feedback.record(pending)]);
    expect(firsts.sort()).toEqual([false, true]);
    expect(await feedback.unobserved(mailbox.id, 10)).toEqual([]);
    expect(await feedback.watchedInThreads(mailbox.id, ['thread-1'])).toMatchObject([
      { outcome: 'pending' },
    ]);
    const sent = { ...base, outcome: 'sent_edited' as const, similarity: 0.9, sentMessageId: 's1' };
    expect(await feedback.record(sent)).toBe(true);
    expect(await feedback.record(sent)).toBe(false);
    expect(
      await feedback.record({ ...base, outcome: 'deleted', similarity: null, sentMessageId: null }),
    ).toBe(false);
    expect(await feedback.watchedInThreads(mailbox.id, ['thread-1'])).toEqual([]);

    const since = new Date(Date.now() - 86_400_000);
    const [written] = await db.query(
      'SELECT reply_generated_at AS at FROM ai_responses WHERE task_id = $1',
      [task.id],
    );
    expect(await feedback.summary(mailbox.id, since)).toEqual({
      groups: [
        {
          category: 'needs_reply',
          day: (written.at as Date).toISOString().slice(0, 10),
          outcome: 'sent_edited',
          n: 1,
          similaritySum: 0.9,
          similarityN: 1,
        },
      ],
      awaiting: 0,
    });
    // Retention prunes the reply text; the outcome and the figures stay.
    await db.query('UPDATE ai_responses SET generated_reply = NULL WHERE task_id = $1', [task.id]);
    expect((await feedback.summary(mailbox.id, since)).groups).toHaveLength(1);
  });
});
