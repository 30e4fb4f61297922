import { Injectable } from '@nestjs/common';
import { AppError } from '../../core/errors/app-error.js';
import { JobName } from '../../core/queue/queue.constants.js';
import type { ChatCompletion } from '../llm/chat-provider.base.js';
import { LlmBatchService } from '../llm/llm-batch.service.js';
import type { Classification, EmailForLlm } from '../llm/llm-provider.port.js';
import {
  type BatchRequestRow,
  type BatchSubmission,
  LlmBatchRepository,
} from '../persistence/repositories/llm-batch.repository.js';
import { TaskRepository } from '../persistence/repositories/task.repository.js';
import { WAITING_FOR_LLM_BATCH } from '../task-lifecycle/task-state.js';
import { LlmBudgetService } from './llm-budget.service.js';
import type { StageContext } from './stage-context.service.js';

export const LLM_BATCH_PENDING = 'LLM_BATCH_PENDING';

/** What a task waiting for its batch shows as its skip_reason (status stays `pending`). */
export const LLM_BATCH_REASON = WAITING_FOR_LLM_BATCH;

/** Requests per submission (the API takes up to 50,000 per file). */
const MAX_PER_BATCH = 5_000;

/**
 * The classification waits for its batch. Not a failure: the stage runner moves the job to
 * `resumeAt` without spending an attempt, as for the daily LLM budget.
 */
export class LlmBatchPending extends AppError {
  constructor(readonly resumeAt: Date) {
    super(LLM_BATCH_PENDING, 'The classification waits for its OpenAI batch', {
      retryable: true,
      details: { resume_at: resumeAt.toISOString() },
    });
  }
}

/**
 * Classification of non-urgent mail (a backfill's) through the OpenAI Batch API, at half price
 * (OPENAI_BATCH_ENABLED). The classify stage hands the request over and its job sleeps; the
 * pipeline scheduler submits pending requests in batches, polls them and stores each answer by
 * task (custom_id); the job wakes, finds the answer and records it as a live classification
 * would be recorded, so exactly-once comes from the stage machinery: the task's claim, its
 * transitions, the reconciler (a sleeping job is a live job). Crash points:
 * - before the upload: the submission row (`submitting`) holds the requests; the next tick
 *   looks for a batch with that submission id in its metadata and submits only if none exists;
 * - after the answers arrive: recording them only changes `submitted` requests, so a repeated
 *   poll records nothing twice; the files are deleted only after that.
 * A request without a usable answer (error line, expired or failed batch, unreadable JSON) is
 * classified live instead.
 */
@Injectable()
export class BatchClassifyService {
  constructor(
    private readonly batch: LlmBatchService,
    private readonly requests: LlmBatchRepository,
    private readonly tasks: TaskRepository,
    private readonly budget: LlmBudgetService,
  ) {}

  get enabled(): boolean {
    return this.batch.enabled;
  }

  get pollMs(): number {
    return this.batch.pollMs;
  }

  /**
   * The batch's verdict for the task (`row`: its request, from request()), with its cost at the
   * Batch price, or null when it must be classified live. Throws LlmBatchPending while the answer is outstanding, after queuing the
   * request the first time (which spends the call from the mailbox's daily budget).
   */
  async classify(
    ctx: StageContext,
    email: EmailForLlm,
    row: BatchRequestRow | null,
  ): Promise<(Classification & { costUsd: number }) | null> {
    if (!row) {
      await this.budget.reserve(ctx, JobName.Classify);
      await this.requests.add(ctx.task.id, this.batch.classifyRequest(email, ctx.settings.owner));
      return this.wait(ctx);
    }
    if (row.state === 'done') {
      const result = this.batch.readClassification(row.result as ChatCompletion);
      if (result) return { ...result, costUsd: this.batch.estimateCost(result) };
      return null;
    }
    if (row.state === 'failed') return null;
    return this.wait(ctx);
  }

  /** The task's batched request, if it has one (read once per classify run). */
  request(taskId: string): Promise<BatchRequestRow | null> {
    return this.requests.find(taskId);
  }

  /** The task's classification is recorded (or went live): its batch row is no longer needed. */
  async settled(taskId: string): Promise<void> {
    await this.requests.remove(taskId);
  }

  /**
   * One scheduler round: finish submissions a crash interrupted, submit what is pending, poll
   * what was submitted. Returns counts for the log.
   */
  async tick(): Promise<{ submitted: number; ended: number }> {
    let submitted = 0;
    let ended = 0;
    for (const open of await this.requests.unfinishedSubmissions(this.batch.pollMs)) {
      const existing = await this.batch.find(open.id);
      await this.requests.markSubmitted(open.id, existing ?? (await this.submit(open)));
      submitted += 1;
    }
    for (;;) {
      const claimed = await this.requests.claimPending(MAX_PER_BATCH);
      if (!claimed) break;
      await this.requests.markSubmitted(claimed.id, await this.submit(claimed));
      submitted += 1;
    }
    for (const batch of await this.requests.submitted()) {
      const { state, answers } = await this.batch.poll(batch.providerBatchId);
      if (state === 'running') continue;
      await this.requests.recordAnswers(
        batch.id,
        answers.map((a) =>
          'completion' in a
            ? { taskId: a.customId, result: a.completion }
            : { taskId: a.customId, error: a.error },
        ),
      );
      await this.batch.deleteFiles(batch.providerBatchId);
      ended += 1;
    }
    return { submitted, ended };
  }

  private submit(submission: BatchSubmission): Promise<string> {
    return this.batch.submit(
      submission.requests.map((r) => ({
        customId: r.taskId,
        body: r.body as ReturnType<LlmBatchService['classifyRequest']>,
      })),
      submission.id,
    );
  }

  private async wait(ctx: StageContext): Promise<never> {
    // Visible while it waits (admin API: task status, skip_reason).
    await this.tasks.update(ctx.task.id, { status: 'pending', skipReason: LLM_BATCH_REASON });
    throw new LlmBatchPending(new Date(Date.now() + this.batch.pollMs));
  }
}
