import { describe, expect, it } from 'vitest';
import { ClassificationCacheRepository } from '../../src/modules/persistence/repositories/classification-cache.repository.js';
import { FailedTaskRepository } from '../../src/modules/persistence/repositories/failed-task.repository.js';
import { type Executor, KYSELY } from '../../src/modules/persistence/database/database.js';
import { usePipelineStatements, counted } from './pipeline-statements.harness.js';

/**
 * Moving a task between stages: the classification with its transition, a skip with its reason, a
 * caller's transaction.
 */
describe('pipeline statements: stage transitions (real PostgreSQL)', () => {
  const s = usePipelineStatements();

  it('records a classification and moves the task on in the same statement', async () => {
    const usage = { promptTokens: 7, completionTokens: 3, costUsd: 0.01 };
    const going = await s.newTask();
    const keep = {
      contentHash: Buffer.from(`going-${going.task.id}`),
      category: 'needs_reply',
      confidence: 0.9,
      modelUsed: 'gpt',
    };
    await s.claims.claim(going.task.id, 'classifying');
    expect(
      await counted(() =>
        s.state.classified(
          going.task.id,
          going.email.id,
          { category: 'needs_reply', confidence: 0.9, reasoning: 'asks', modelUsed: 'gpt', usage },
          { stage: 'classified' },
          { cache: { ...keep, ttlSeconds: 3600 } },
        ),
      ),
    ).toEqual({ result: true, statements: 1 });
    // The verdict is kept for the next mailbox with the same content, in the same statement.
    expect(await s.app.get(ClassificationCacheRepository).take(keep.contentHash)).toEqual({
      category: 'needs_reply',
      confidence: 0.9,
      modelUsed: 'gpt',
    });
    expect(await s.tasks.findById(going.task.id)).toMatchObject({
      status: 'processing',
      stage: 'classified',
    });
    expect(await s.responses.findByTask(going.task.id)).toMatchObject({
      category: 'needs_reply',
      confidence: 0.9,
      tokensUsed: 10,
      modelUsed: 'gpt',
    });

    const spam = await s.newTask();
    const failed = s.app.get(FailedTaskRepository);
    const letter = await failed.record({
      emailId: spam.email.id,
      taskId: spam.task.id,
      taskName: 'classify',
      errorCode: 'X',
      errorMessage: 'boom',
      stackTrace: null,
      retryCount: 5,
    });
    await s.claims.claim(spam.task.id, 'classifying');
    expect(
      await counted(() =>
        s.state.classified(
          spam.task.id,
          spam.email.id,
          { category: 'spam', confidence: 0.99, reasoning: null, modelUsed: 'gpt', usage },
          { status: 'completed', stage: 'classified' },
        ),
      ),
    ).toEqual({ result: true, statements: 1 });
    expect(await s.tasks.findById(spam.task.id)).toMatchObject({
      status: 'completed',
      stage: 'classified',
      skipReason: null,
    });
    expect((await s.emails.findById(spam.email.id))!.processed).toBe(true);
    expect((await failed.findById(letter.id))!.resolvedAt).toBeInstanceOf(Date);
    expect(await s.responses.findByTask(spam.task.id)).toMatchObject({
      category: 'spam',
      confidence: 0.99,
      modelUsed: 'gpt',
      tokensUsed: 10,
    });

    // A task that ended meanwhile keeps its state; the classification is stored all the same.
    expect(
      await s.state.classified(
        spam.task.id,
        spam.email.id,
        { category: 'informational', confidence: 0.5, reasoning: null, modelUsed: 'late', usage },
        { status: 'skipped', skipReason: 'low_confidence' },
      ),
    ).toBe(false);
    expect(
      await s.state.classified(
        spam.task.id,
        spam.email.id,
        { category: 'needs_reply', confidence: 0.5, reasoning: null, modelUsed: 'late', usage },
        { stage: 'classified' },
      ),
    ).toBe(false);
    expect(await s.tasks.findById(spam.task.id)).toMatchObject({
      status: 'completed',
      stage: 'classified',
      skipReason: null,
    });
    expect(await s.responses.findByTask(spam.task.id)).toMatchObject({
      category: 'needs_reply',
      modelUsed: 'late',
    });
  });

  it('skips a live task with its reason and stores the classification, reasoning cut', async () => {
    const { email, task } = await s.newTask();
    await s.claims.claim(task.id, 'classifying');
    const usage = { promptTokens: 11, completionTokens: 4, cachedPromptTokens: 2.7, costUsd: 0.5 };
    expect(
      await s.state.classified(
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
    expect(await s.tasks.findById(task.id)).toMatchObject({
      status: 'skipped',
      stage: 'classifying',
      skipReason: 'low_confidence',
    });
    const response = (await s.responses.findByTask(task.id))!;
    expect(response).toMatchObject({
      category: 'informational',
      tokensUsed: 15,
      promptTokens: 11,
      completionTokens: 4,
      cachedPromptTokens: 2,
    });
    expect(response.reasoning).toHaveLength(2000);
  });

  it("runs repository calls on a caller's transaction: they commit or roll back together", async () => {
    const kysely = s.app.get<Executor>(KYSELY);
    const { email, task } = await s.newTask();
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
        await s.responses.recordClassification(classification, tx);
        expect(await s.tasks.setStage(task.id, 'classified', tx)).toBe(true);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await s.responses.findByTask(task.id)).toBeNull();
    expect(await s.tasks.findById(task.id)).toMatchObject({ stage: 'queued' });

    await kysely.transaction().execute(async (tx) => {
      await s.responses.recordClassification(classification, tx);
      await s.tasks.setStage(task.id, 'classified', tx);
    });
    expect(await s.responses.findByTask(task.id)).toMatchObject({ category: 'needs_reply' });
    expect(await s.tasks.findById(task.id)).toMatchObject({ stage: 'classified' });
  });

  it('moves no task when its classification cannot be stored (one statement)', async () => {
    const { task } = await s.newTask();
    await s.claims.claim(task.id, 'classifying');
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
      s.state.classified(task.id, missingEmail, c, { stage: 'classified' }),
    ).rejects.toThrow();
    await expect(
      s.state.classified(task.id, missingEmail, c, { status: 'completed', stage: 'classified' }),
    ).rejects.toThrow();
    expect(await s.tasks.findById(task.id)).toMatchObject({
      status: 'processing',
      stage: 'classifying',
    });
  });
});
