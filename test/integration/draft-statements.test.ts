import { describe, expect, it } from 'vitest';
import { DraftFeedbackRepository } from '../../src/modules/persistence/repositories/draft-feedback.repository.js';
import { usePipelineStatements, counted } from './pipeline-statements.harness.js';

/** The reply with its stage move, the draft under its lock, and the draft's observed outcome. */
describe('pipeline statements: replies and drafts (real PostgreSQL)', () => {
  const s = usePipelineStatements();

  it('records the reply with the stage move, and the draft with the completion', async () => {
    const { email, task } = await s.newTask();
    await s.responses.recordClassification({
      taskId: task.id,
      emailId: email.id,
      category: 'needs_reply',
      confidence: 1,
      reasoning: null,
      modelUsed: 'm',
      usage: { promptTokens: 10, completionTokens: 2, costUsd: 0.5 },
    });
    await s.claims.claim(task.id, 'generating');
    // One round trip: the connection is held for one statement, not a transaction's four.
    expect(
      await counted(() =>
        s.state.replyGenerated(task.id, 'Hello', 'gpt', {
          promptTokens: 100,
          completionTokens: 20,
          costUsd: 0.25,
        }),
      ),
    ).toEqual({ result: true, statements: 1 });
    expect(await s.tasks.findById(task.id)).toMatchObject({
      status: 'processing',
      stage: 'reply_generated',
    });
    expect(await s.responses.findByTask(task.id)).toMatchObject({
      generatedReply: 'Hello',
      replyModelUsed: 'gpt',
      tokensUsed: 132,
      promptTokens: 110,
      costUsd: 0.75,
    });

    await s.claims.claim(task.id, 'drafting');
    expect(
      await s.state.finish({
        taskId: task.id,
        emailId: email.id,
        status: 'completed',
        stage: 'draft_created',
        draft: { draftId: 'r-9', messageId: 'm-9' },
      }),
    ).toBe(true);
    expect(await s.responses.findByTask(task.id)).toMatchObject({
      draftId: 'r-9',
      draftMessageId: 'm-9',
      draftState: 'created',
    });
    expect(await s.tasks.findById(task.id)).toMatchObject({
      status: 'completed',
      stage: 'draft_created',
    });

    // A draft made by a run whose task meanwhile ended is still recorded; the task is left alone.
    expect(
      await s.state.finish({
        taskId: task.id,
        emailId: email.id,
        status: 'completed',
        draft: { draftId: 'r-10', messageId: 'm-10' },
      }),
    ).toBe(false);
    expect(await s.responses.findByTask(task.id)).toMatchObject({ draftId: 'r-10' });
    // Without a draft, finish leaves the response's draft as it is.
    const other = await s.newTask();
    await s.responses.recordClassification({
      taskId: other.task.id,
      emailId: other.email.id,
      category: 'spam',
      confidence: 1,
      reasoning: null,
      modelUsed: 'm',
      usage: { promptTokens: 0, completionTokens: 0, costUsd: 0 },
    });
    expect(
      await s.state.finish({
        taskId: other.task.id,
        emailId: other.email.id,
        status: 'completed',
        stage: 'classified',
      }),
    ).toBe(true);
    expect(await s.responses.findByTask(other.task.id)).toMatchObject({
      draftId: null,
      draftState: 'none',
    });
    // A stale generate run does not move a finished task.
    expect(
      await s.state.replyGenerated(other.task.id, 'late', 'gpt', {
        promptTokens: 0,
        completionTokens: 0,
        costUsd: 0,
      }),
    ).toBe(false);
    expect(await s.tasks.findById(other.task.id)).toMatchObject({
      status: 'completed',
      stage: 'classified',
    });
  });

  it("prepares a draft under its lock: keeps the first marker, finds the thread's previous AI draft, marks nothing twice", async () => {
    const { mailbox, email, task } = await s.newTask();
    const first = '00000000-0000-4000-8000-000000000001';
    const second = '00000000-0000-4000-8000-000000000002';
    // No reply yet: nothing is marked.
    await s.responses.recordClassification({
      taskId: task.id,
      emailId: email.id,
      category: 'needs_reply',
      confidence: 1,
      reasoning: null,
      modelUsed: 'm',
      usage: { promptTokens: 0, completionTokens: 0, costUsd: 0 },
    });
    expect(await s.state.prepareDraft(task.id, first, mailbox.id, 'thread-1')).toMatchObject({
      marker: null,
      previousInThread: null,
    });
    expect(await s.responses.findByTask(task.id)).toMatchObject({
      draftState: 'none',
      draftMarker: null,
    });

    await s.state.replyGenerated(task.id, 'Hello', 'gpt', {
      promptTokens: 0,
      completionTokens: 0,
      costUsd: 0,
    });
    const started = await s.state.prepareDraft(task.id, first, mailbox.id, 'thread-1');
    // The response as it was before the statement, and the marker to use.
    expect(started).toMatchObject({
      marker: first,
      response: { taskId: task.id, generatedReply: 'Hello', draftState: 'none' },
    });
    const resumed = await s.state.prepareDraft(task.id, second, mailbox.id, 'thread-1');
    expect(resumed).toMatchObject({
      marker: first,
      response: { draftState: 'creating', draftMarker: first },
    });
    expect(await s.responses.findByTask(task.id)).toMatchObject({
      draftState: 'creating',
      draftMarker: first,
    });

    await s.state.finish({
      taskId: task.id,
      emailId: email.id,
      status: 'completed',
      stage: 'draft_created',
      draft: { draftId: 'd-1', messageId: 'm-1' },
    });
    // Recorded: nothing to mark any more.
    expect(await s.state.prepareDraft(task.id, second, mailbox.id, 'thread-1')).toMatchObject({
      marker: null,
      response: { draftState: 'created', draftId: 'd-1' },
    });

    // A later email in the same thread sees that draft; one in another thread does not.
    const later = await s.emails.recordNew({
      mailboxId: mailbox.id,
      messageId: `later-${mailbox.id}`,
      threadId: 'thread-1',
    });
    await s.responses.recordClassification({
      taskId: later.task!.id,
      emailId: later.email.id,
      category: 'needs_reply',
      confidence: 1,
      reasoning: null,
      modelUsed: 'm',
      usage: { promptTokens: 0, completionTokens: 0, costUsd: 0 },
    });
    await s.state.replyGenerated(later.task!.id, 'Again', 'gpt', {
      promptTokens: 0,
      completionTokens: 0,
      costUsd: 0,
    });
    const inThread = await s.state.prepareDraft(later.task!.id, second, mailbox.id, 'thread-1');
    expect(inThread!.previousInThread).toMatchObject({
      taskId: task.id,
      draftId: 'd-1',
      draftMessageId: 'm-1',
      draftState: 'created',
    });
    expect(inThread!.previousInThread!.id).toEqual(expect.any(Number));
    expect(
      (await s.state.prepareDraft(later.task!.id, second, mailbox.id, 'thread-2'))!
        .previousInThread,
    ).toBeNull();
    expect(
      await s.state.prepareDraft(
        '00000000-0000-4000-8000-00000000dead',
        first,
        mailbox.id,
        'thread-1',
      ),
    ).toBeNull();
  });

  it('records a draft outcome once: pending may be replaced, a final outcome never', async () => {
    const feedback = s.app.get(DraftFeedbackRepository);
    const { mailbox, email, task } = await s.newTask();
    await s.responses.recordClassification({
      taskId: task.id,
      emailId: email.id,
      category: 'needs_reply',
      confidence: 0.9,
      reasoning: null,
      modelUsed: 'offline',
      usage: { promptTokens: 0, completionTokens: 0, costUsd: 0 },
    });
    await s.state.replyGenerated(
      task.id,
      'Hello',
      'gpt-4o-mini',
      { promptTokens: 0, completionTokens: 0, costUsd: 0 },
      'openai',
    );
    await s.state.finish({
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
    const [written] = await s.db.query(
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
    await s.db.query('UPDATE ai_responses SET generated_reply = NULL WHERE task_id = $1', [
      task.id,
    ]);
    expect((await feedback.summary(mailbox.id, since)).groups).toHaveLength(1);
  });
});
