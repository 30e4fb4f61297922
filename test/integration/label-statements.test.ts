import { describe, expect, it } from 'vitest';
import { classificationValues } from '../../src/modules/persistence/repositories/ai-response.repository.js';
import { ClassificationCacheRepository } from '../../src/modules/persistence/repositories/classification-cache.repository.js';
import { LabelRepository } from '../../src/modules/persistence/repositories/label.repository.js';
import { usePipelineStatements, counted } from './pipeline-statements.harness.js';

/** The label step's first statement: the recorded label or the intent, with the classification. */
describe('pipeline statements: the label step (real PostgreSQL)', () => {
  const s = usePipelineStatements();

  it("starts the label step in one statement: the email's recorded label, else the intent when the label id is known", async () => {
    const labels = s.app.get(LabelRepository);
    const { mailbox, email, task } = await s.newTask();
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
    const cache = s.app.get(ClassificationCacheRepository);
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
    expect(await s.responses.findByTask(task.id)).toMatchObject({
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
    await s.claims.claim(task.id, 'classifying');
    const otherHash = Buffer.from(`label-test-2-${task.id}`);
    expect(
      await counted(() =>
        s.state.classified(
          task.id,
          email.id,
          c,
          { status: 'completed', stage: 'classified' },
          { labelApplied: true, cache: { ...entry, contentHash: otherHash, ttlSeconds: 3600 } },
        ),
      ),
    ).toEqual({ result: true, statements: 1 });
    expect(await s.tasks.findById(task.id)).toMatchObject({ status: 'completed' });
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
    const other = await s.emails.recordNew({
      mailboxId: mailbox.id,
      messageId: `msg-${Date.now()}-other`,
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
});
