import { Inject, Injectable } from '@nestjs/common';
import { type Executor, KYSELY } from '../persistence/database/database.js';

/** What one pruning batch changed, table by table. */
export interface Pruned {
  emails: number;
  responses: number;
  deadLetters: number;
  pushes: number;
  batchRequests: number;
}

/**
 * The retention policy's statements. Pruning clears content columns in bounded batches (short
 * transactions, no long row locks against the pipeline) and keeps the rows, so counts, stats and
 * the drafts' exactly-once records survive; purging a mailbox deletes its mail outright.
 */
@Injectable()
export class RetentionRepository {
  constructor(@Inject(KYSELY) private readonly db: Executor) {}

  async pruneBatch(before: Date, limit: number): Promise<Pruned> {
    const emails = await this.db
      .updateTable('emails')
      .set({ subject: null, sender: null })
      .where('id', 'in', (eb) =>
        eb
          .selectFrom('emails')
          .select('id')
          .where('createdAt', '<', before)
          .where((w) => w.or([w('subject', 'is not', null), w('sender', 'is not', null)]))
          .limit(limit),
      )
      .executeTakeFirst();
    const responses = await this.db
      .updateTable('aiResponses')
      .set({ generatedReply: null, reasoning: null })
      .where('id', 'in', (eb) =>
        eb
          .selectFrom('aiResponses')
          .select('id')
          .where('createdAt', '<', before)
          .where((w) => w.or([w('generatedReply', 'is not', null), w('reasoning', 'is not', null)]))
          .limit(limit),
      )
      .executeTakeFirst();
    const deadLetters = await this.db
      .updateTable('failedTasks')
      .set({ rawOutput: null })
      .where('id', 'in', (eb) =>
        eb
          .selectFrom('failedTasks')
          .select('id')
          .where('createdAt', '<', before)
          .where('rawOutput', 'is not', null)
          .limit(limit),
      )
      .executeTakeFirst();
    const pushes = await this.db
      .deleteFrom('pubsubNotifications')
      .where('id', 'in', (eb) =>
        eb
          .selectFrom('pubsubNotifications')
          .select('id')
          .where('receivedAt', '<', before)
          .where('processedAt', 'is not', null)
          .limit(limit),
      )
      .executeTakeFirst();
    // A Batch API request is done with once its answer reached the task: its JSONL line (the
    // prompt, with the email's text) and the model's answer go; live requests stay.
    const batchRequests = await this.db
      .deleteFrom('llmBatchRequests')
      .where('taskId', 'in', (eb) =>
        eb
          .selectFrom('llmBatchRequests')
          .select('taskId')
          .where('updatedAt', '<', before)
          .where('state', 'in', ['done', 'failed'])
          .limit(limit),
      )
      .executeTakeFirst();
    return {
      emails: Number(emails.numUpdatedRows),
      responses: Number(responses.numUpdatedRows),
      deadLetters: Number(deadLetters.numUpdatedRows),
      pushes: Number(pushes.numDeletedRows),
      batchRequests: Number(batchRequests.numDeletedRows),
    };
  }

  /**
   * Deletes a mailbox's stored mail (its tasks, AI responses and dead letters go with it) and
   * its knowledge notes.
   */
  async purgeMailbox(
    mailboxId: string,
  ): Promise<{ emails: number; pushes: number; notes: number }> {
    return this.db.transaction().execute(async (tx) => {
      const emails = await tx
        .deleteFrom('emails')
        .where('mailboxId', '=', mailboxId)
        .executeTakeFirst();
      const pushes = await tx
        .deleteFrom('pubsubNotifications')
        .where('mailboxId', '=', mailboxId)
        .executeTakeFirst();
      const notes = await tx
        .deleteFrom('knowledgeNotes')
        .where('mailboxId', '=', mailboxId)
        .executeTakeFirst();
      return {
        emails: Number(emails.numDeletedRows),
        pushes: Number(pushes.numDeletedRows),
        notes: Number(notes.numDeletedRows),
      };
    });
  }
}
