import { describe, expect, it } from 'vitest';
import { AiResponseEntity } from '../../src/modules/persistence/entities/ai-response.entity.js';
import { EmailEntity } from '../../src/modules/persistence/entities/email.entity.js';
import { MailboxEntity } from '../../src/modules/persistence/entities/mailbox.entity.js';
import { ProcessingTaskEntity } from '../../src/modules/persistence/entities/processing-task.entity.js';
import { FailedTaskRepository } from '../../src/modules/persistence/repositories/failed-task.repository.js';
import { usePipelineStatements } from './pipeline-statements.harness.js';

/**
 * Claiming a task for a stage and finishing it: live tasks only, typed rows, everything a stage
 * needs loaded.
 */
describe('pipeline statements: stage claims (real PostgreSQL)', () => {
  const s = usePipelineStatements();

  it('claims a live task: status processing, the running stage, the previous stage, everything loaded', async () => {
    const { mailbox, email, task } = await s.newTask();
    const claimed = await s.claims.claim(task.id, 'classifying');
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

    await s.responses.recordClassification({
      taskId: task.id,
      emailId: email.id,
      category: 'needs_reply',
      confidence: 0.9,
      reasoning: 'asks',
      modelUsed: 'm',
      usage: { promptTokens: 10, completionTokens: 5, costUsd: 0.001 },
    });
    await s.tasks.setStage(task.id, 'classified');
    const again = await s.claims.claim(task.id, 'generating');
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
    const { mailbox, email, task } = await s.newTask();
    // Values whose JSON form differs from pg's column form: a 20-digit numeric, microsecond
    // timestamps, floats, text with quotes, backslashes, control characters and non-BMP text.
    const odd = 'Zoë "quoted" \\ back\\slash\ttab\nline 😀 <b>&amp;</b>';
    await s.db.query(
      `UPDATE mailboxes SET display_name = $2, last_history_id = '18446744073709551615',
              watch_expires_at = '2026-12-06 07:52:18.999999+00', last_synced_at = NULL WHERE id = $1`,
      [mailbox.id, odd],
    );
    await s.db.query(
      `UPDATE emails SET subject = $2, sender = $3, received_at = '1999-12-31 23:59:59.123456-05' WHERE id = $1`,
      [email.id, odd, odd],
    );
    await s.responses.recordClassification({
      taskId: task.id,
      emailId: email.id,
      category: 'needs_reply',
      confidence: 0.1 + 0.2,
      reasoning: odd,
      modelUsed: 'm',
      usage: { promptTokens: 10, completionTokens: 2, costUsd: 1e-7 },
    });
    const claimed = (await s.claims.claim(task.id, 'generating'))!;
    const typeorm = {
      task: await s.db.getRepository(ProcessingTaskEntity).findOneByOrFail({ id: task.id }),
      email: await s.db.getRepository(EmailEntity).findOneByOrFail({ id: email.id }),
      mailbox: await s.db.getRepository(MailboxEntity).findOneByOrFail({ id: mailbox.id }),
      response: await s.db.getRepository(AiResponseEntity).findOneByOrFail({ taskId: task.id }),
    };
    // toEqual: the same values with the same types; TypeORM adds its unloaded relations as undefined.
    expect(claimed.task).toEqual(typeorm.task);
    expect(claimed.email).toEqual(typeorm.email);
    expect(claimed.mailbox).toEqual(typeorm.mailbox);
    expect(claimed.response).toEqual(typeorm.response);
    expect(claimed.mailbox.lastHistoryId).toBe('18446744073709551615');
    expect(claimed.response!.confidence).toBe(0.1 + 0.2);
    expect(claimed.email.receivedAt!.toISOString()).toBe('2000-01-01T04:59:59.123Z');
    expect(await s.mailboxes.findById(mailbox.id)).toStrictEqual(typeorm.mailbox);
    expect(await s.responses.findByTask(task.id)).toEqual(typeorm.response);
    // A LEFT JOIN that finds nothing is no entity, not one with every field null.
    const fresh = await s.newTask();
    expect((await s.claims.claim(fresh.task.id, 'classifying'))!.response).toBeNull();
  });

  it('does not claim a finished task or a task of a paused mailbox, and changes nothing', async () => {
    const paused = await s.newTask({ mailboxStatus: 'paused' });
    expect(await s.claims.claim(paused.task.id, 'classifying')).toBeNull();
    expect(await s.tasks.findById(paused.task.id)).toMatchObject({
      status: 'pending',
      stage: 'queued',
    });

    const done = await s.newTask();
    expect(
      await s.state.finish({
        taskId: done.task.id,
        emailId: done.email.id,
        status: 'skipped',
        skipReason: 'prefilter:x',
      }),
    ).toBe(true);
    expect(await s.claims.claim(done.task.id, 'classifying')).toBeNull();
    expect(await s.tasks.findById(done.task.id)).toMatchObject({
      status: 'skipped',
      stage: 'queued',
      skipReason: 'prefilter:x',
    });
  });

  it('finishes a live task with its dead letters resolved and its email processed, once', async () => {
    const { email, task } = await s.newTask();
    const failed = s.app.get(FailedTaskRepository);
    const letter = await failed.record({
      emailId: email.id,
      taskId: task.id,
      taskName: 'generate',
      errorCode: 'X',
      errorMessage: 'boom',
      stackTrace: null,
      retryCount: 3,
    });
    await s.claims.claim(task.id, 'drafting');

    expect(
      await s.state.finish({
        taskId: task.id,
        emailId: email.id,
        status: 'completed',
        stage: 'draft_created',
      }),
    ).toBe(true);
    const finished = await s.tasks.findById(task.id);
    expect(finished).toMatchObject({
      status: 'completed',
      stage: 'draft_created',
      skipReason: null,
      errorMessage: null,
    });
    expect(finished!.completedAt).toBeInstanceOf(Date);
    expect((await s.emails.findById(email.id))!.processed).toBe(true);
    expect((await failed.findById(letter.id))!.resolvedAt).toBeInstanceOf(Date);

    // A second finish (a stale job) writes nothing at all.
    await s.emails.markProcessed(email.id, false);
    expect(
      await s.state.finish({
        taskId: task.id,
        emailId: email.id,
        status: 'skipped',
        skipReason: 'late',
      }),
    ).toBe(false);
    expect(await s.tasks.findById(task.id)).toMatchObject({
      status: 'completed',
      skipReason: null,
    });
    expect((await s.emails.findById(email.id))!.processed).toBe(false);
  });

  it("counts the mailbox's replies since a time when the generate claim asks for it", async () => {
    const { mailbox, email, task } = await s.newTask();
    await s.responses.recordClassification({
      taskId: task.id,
      emailId: email.id,
      category: 'needs_reply',
      confidence: 1,
      reasoning: null,
      modelUsed: 'm',
      usage: { promptTokens: 0, completionTokens: 0, costUsd: 0 },
    });
    await s.state.replyGenerated(task.id, 'Hello', 'gpt', {
      promptTokens: 0,
      completionTokens: 0,
      costUsd: 0,
    });
    const other = await s.emails.recordNew({
      mailboxId: mailbox.id,
      messageId: `count-${mailbox.id}`,
      threadId: 't',
    });
    const since = new Date(Date.now() - 60_000);
    const claimed = await s.claims.claim(other.task!.id, 'generating', { draftsSince: since });
    expect(claimed!.draftsSince).toBe(1);
    expect(claimed!.draftsSince).toBe(await s.responses.countDraftsSince(mailbox.id, since));
    expect(
      (await s.claims.claim(other.task!.id, 'generating', {
        draftsSince: new Date(Date.now() + 60_000),
      }))!.draftsSince,
    ).toBe(0);
    expect((await s.claims.claim(other.task!.id, 'generating'))!.draftsSince).toBeUndefined();

    // What counts is when the reply was written: a reply from yesterday whose draft was recorded
    // today (updated_at moves) is not one of today's.
    await s.db.query(
      `UPDATE ai_responses SET reply_generated_at = now() - interval '1 day', updated_at = now() WHERE task_id = $1`,
      [task.id],
    );
    expect(
      (await s.claims.claim(other.task!.id, 'generating', { draftsSince: since }))!.draftsSince,
    ).toBe(0);
    expect(await s.responses.countDraftsSince(mailbox.id, since)).toBe(0);
  });
});
