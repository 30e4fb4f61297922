import { Inject, Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { type Executor, KYSELY, now } from '../database/database.js';
import type { LlmBatchRequestState } from '../entities/llm-batch.entity.js';

/** A task's batched request as the classify stage sees it. */
export interface BatchRequestRow {
  state: LlmBatchRequestState;
  /** The answer (JSON), once the batch ended. */
  result: unknown;
  error: string | null;
}

/** A submission and the requests it carries (the bodies, while not yet submitted). */
export interface BatchSubmission {
  id: string;
  requests: { taskId: string; body: unknown }[];
}

/** An answer of a batch for one task: the completion (JSON) or an error code. */
export type BatchRequestAnswer =
  { taskId: string; result: object } | { taskId: string; error: string };

/** llm_batches and llm_batch_requests: classification through the OpenAI Batch API. */
@Injectable()
export class LlmBatchRepository {
  constructor(@Inject(KYSELY) private readonly db: Executor) {}

  async find(taskId: string, db: Executor = this.db): Promise<BatchRequestRow | null> {
    const row = await db
      .selectFrom('llmBatchRequests')
      .select(['state', 'result', 'error'])
      .where('taskId', '=', taskId)
      .executeTakeFirst();
    if (!row) return null;
    return { ...row, result: row.result === null ? null : (JSON.parse(row.result) as unknown) };
  }

  /** Queues a task's request for the next submission (once: a second call changes nothing). */
  async add(taskId: string, body: object, db: Executor = this.db): Promise<void> {
    await db
      .insertInto('llmBatchRequests')
      .values({ taskId, body: JSON.stringify(body) })
      .onConflict((oc) => oc.column('taskId').doNothing())
      .execute();
  }

  /** Drops a task's row once its classification is recorded (or it went back to a live one). */
  async remove(taskId: string, db: Executor = this.db): Promise<void> {
    await db.deleteFrom('llmBatchRequests').where('taskId', '=', taskId).execute();
  }

  /**
   * Opens a submission for up to `limit` pending requests (oldest first), in one transaction:
   * the submission row (`submitting`) and its requests are recorded before anything is uploaded.
   * Null when nothing is pending.
   */
  claimPending(limit: number): Promise<BatchSubmission | null> {
    return this.db.transaction().execute(async (tx) => {
      const pending = await tx
        .selectFrom('llmBatchRequests')
        .select('taskId')
        .where('state', '=', 'pending')
        .orderBy('createdAt')
        .limit(limit)
        .forUpdate()
        .skipLocked()
        .execute();
      if (pending.length === 0) return null;
      const { id } = await tx
        .insertInto('llmBatches')
        .defaultValues()
        .returning('id')
        .executeTakeFirstOrThrow();
      const requests = await tx
        .updateTable('llmBatchRequests')
        .set({ state: 'submitting', batchId: id, updatedAt: now() })
        .where(
          'taskId',
          'in',
          pending.map((p) => p.taskId),
        )
        .returning(['taskId', 'body'])
        .execute();
      return { id, requests: requests.map(parsedBody) };
    });
  }

  /** Submissions left `submitting` by a submitter that stopped before recording the batch id. */
  async unfinishedSubmissions(olderThanMs: number): Promise<BatchSubmission[]> {
    const batches = await this.db
      .selectFrom('llmBatches')
      .select('id')
      .where('state', '=', 'submitting')
      .where('updatedAt', '<', sql<Date>`now() - make_interval(secs => ${olderThanMs / 1000})`)
      .execute();
    const out: BatchSubmission[] = [];
    for (const { id } of batches) {
      const requests = await this.db
        .selectFrom('llmBatchRequests')
        .select(['taskId', 'body'])
        .where('batchId', '=', id)
        .where('state', '=', 'submitting')
        .execute();
      out.push({ id, requests: requests.map(parsedBody) });
    }
    return out;
  }

  /** The provider accepted the submission: its id recorded, the request bodies (email text) gone. */
  markSubmitted(id: string, providerBatchId: string): Promise<void> {
    return this.db.transaction().execute(async (tx) => {
      await tx
        .updateTable('llmBatches')
        .set({ providerBatchId, state: 'submitted', updatedAt: now() })
        .where('id', '=', id)
        .execute();
      await tx
        .updateTable('llmBatchRequests')
        .set({ state: 'submitted', body: null, updatedAt: now() })
        .where('batchId', '=', id)
        .where('state', '=', 'submitting')
        .execute();
    });
  }

  /** Submitted batches still waiting for their answers. */
  async submitted(): Promise<{ id: string; providerBatchId: string }[]> {
    const rows = await this.db
      .selectFrom('llmBatches')
      .select(['id', 'providerBatchId'])
      .where('state', '=', 'submitted')
      .where('providerBatchId', 'is not', null)
      .execute();
    return rows.map((r) => ({ id: r.id, providerBatchId: r.providerBatchId! }));
  }

  /**
   * Records an ended batch's answers, in one transaction: each answered request `done` (or
   * `failed` with the error), every request of the batch left without an answer `failed`, the
   * batch `ended`. Only requests still `submitted` change, so reading the same output twice
   * (a crash before this committed) records each answer once.
   */
  recordAnswers(id: string, answers: BatchRequestAnswer[]): Promise<void> {
    return this.db.transaction().execute(async (tx) => {
      for (const answer of answers) {
        await tx
          .updateTable('llmBatchRequests')
          .set(
            'result' in answer
              ? { state: 'done', result: JSON.stringify(answer.result), updatedAt: now() }
              : { state: 'failed', error: answer.error.slice(0, 100), updatedAt: now() },
          )
          .where('taskId', '=', answer.taskId)
          .where('batchId', '=', id)
          .where('state', '=', 'submitted')
          .execute();
      }
      await tx
        .updateTable('llmBatchRequests')
        .set({ state: 'failed', error: 'no_answer', updatedAt: now() })
        .where('batchId', '=', id)
        .where('state', '=', 'submitted')
        .execute();
      await tx
        .updateTable('llmBatches')
        .set({ state: 'ended', updatedAt: now() })
        .where('id', '=', id)
        .execute();
    });
  }
}

function parsedBody(row: { taskId: string; body: string | null }): {
  taskId: string;
  body: unknown;
} {
  return { taskId: row.taskId, body: row.body === null ? null : (JSON.parse(row.body) as unknown) };
}
