import { describe, expect, it } from 'vitest';
import { seedMailbox, uniqueAddress } from '../support/seed.js';
import { usePipelineStatements } from './pipeline-statements.harness.js';

/** Recording new messages: one row per message with its task, once, under concurrent syncs. */
describe('pipeline statements: new emails and their tasks (real PostgreSQL)', () => {
  const s = usePipelineStatements();

  it('records a new email with its task in one statement, typed like TypeORM would', async () => {
    const { mailbox, email, task } = await s.newTask();
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
    expect(await s.tasks.findById(task.id)).toMatchObject({
      id: task.id,
      correlationId: task.correlationId,
    });
  });

  it('records a message once, even when five syncs record it at the same time', async () => {
    const mailbox = await seedMailbox(s.app, uniqueAddress('dup'));
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        s.emails.recordNew({
          mailboxId: mailbox.id,
          messageId: `same-${mailbox.id}`,
          threadId: 'x',
        }),
      ),
    );
    expect(results.filter((r) => r.task !== null)).toHaveLength(1);
    expect(new Set(results.map((r) => r.email.id)).size).toBe(1);
    const [{ count }] = (await s.db.query(
      'SELECT count(*)::int AS count FROM processing_tasks WHERE email_id = $1',
      [results[0].email.id],
    )) as { count: number }[];
    expect(count).toBe(1);
  });

  it('records a page of messages in one statement: each once with its task, even across five concurrent syncs in opposite orders', async () => {
    const mailbox = await seedMailbox(s.app, uniqueAddress('batch'));
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
    const results = await Promise.all(pages.map((p) => s.emails.recordNewBatch(mailbox.id, p)));
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
    const [{ emailsN, tasksN }] = (await s.db.query(
      `SELECT count(DISTINCT e.id)::int AS "emailsN", count(t.id)::int AS "tasksN"
         FROM emails e JOIN processing_tasks t ON t.email_id = e.id WHERE e.mailbox_id = $1`,
      [mailbox.id],
    )) as { emailsN: number; tasksN: number }[];
    expect({ emailsN, tasksN }).toEqual({ emailsN: 18, tasksN: 18 });

    // A replay finds them all known; those not started yet are the ones to enqueue again.
    const again = await s.emails.recordNewBatch(mailbox.id, pages[0]);
    expect(again.recorded).toEqual([]);
    const started = created.find((r) => r.email.messageId === id(1))!.task;
    await s.claims.claim(started.id, 'classifying');
    const queued = await s.tasks.findQueuedForMessages(again.known);
    expect(queued.map((q) => q.id).sort()).toEqual(
      created
        .filter(
          (r) =>
            pages[0].some((m) => m.messageId === r.email.messageId) && r.task.id !== started.id,
        )
        .map((r) => r.task.id)
        .sort(),
    );
    expect(await s.emails.recordNewBatch(mailbox.id, [])).toEqual({ recorded: [], known: [] });
  });

  it('records overlapping pages listed in opposite orders without a deadlock', async () => {
    for (let round = 0; round < 10; round++) {
      const mailbox = await seedMailbox(s.app, uniqueAddress('order'));
      const page = Array.from({ length: 50 }, (_, i) => ({
        messageId: `order-${mailbox.id}-${String(i).padStart(2, '0')}`,
        threadId: null,
      }));
      const [oldestFirst, newestFirst] = await Promise.all([
        s.emails.recordNewBatch(mailbox.id, page),
        s.emails.recordNewBatch(mailbox.id, [...page].reverse()),
      ]);
      expect(oldestFirst.recorded.length + newestFirst.recorded.length).toBe(50);
    }
  });
});
