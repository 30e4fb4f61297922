import { Injectable } from '@nestjs/common';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import type { Counter } from 'prom-client';
import { AppError } from '../../core/errors/app-error.js';
import { Metric } from '../../core/metrics/metric-names.js';
import { JobName } from '../../core/queue/queue.constants.js';
import type { LlmUsage } from '../llm/llm-provider.port.js';
import {
  type LlmCaps,
  LlmUsageRepository,
} from '../persistence/repositories/llm-usage.repository.js';
import { TaskRepository } from '../persistence/repositories/task.repository.js';
import type { StageContext } from './stage-context.service.js';

export const LLM_BUDGET_EXHAUSTED = 'LLM_BUDGET_EXHAUSTED';

/** What a waiting task shows as its skip_reason (status stays `pending`). */
export const LLM_BUDGET_REASON = 'daily_llm_budget';

/** The pipeline stages that call the LLM. */
export type LlmStage = JobName.Classify | JobName.Generate;

/**
 * Deferred tasks resume spread over this long after midnight UTC, so a day's backlog does not
 * hit the workers and the LLM account in the same second.
 */
export const RESUME_SPREAD_MS = 10 * 60_000;

/** Far above any model's context window; only a corrupt usage figure reaches it. */
const MAX_TOKENS_PER_CALL = 10_000_000;

/**
 * The mailbox spent its LLM budget for the day. Not a failure: the stage runner moves the job to
 * `resumeAt` without spending an attempt. Retryable only as a fallback (a job run without a
 * BullMQ token), so it would back off rather than dead-letter.
 */
export class LlmBudgetExhausted extends AppError {
  constructor(readonly resumeAt: Date) {
    super(LLM_BUDGET_EXHAUSTED, 'The mailbox has spent its daily LLM budget', {
      retryable: true,
      details: { resume_at: resumeAt.toISOString() },
    });
  }
}

/** A granted call: the day its usage is counted on (a call may finish after midnight). */
export interface LlmSpend {
  mailboxId: string;
  day: string;
  /** The token cap is on: the call's tokens are added to the day. */
  countTokens: boolean;
}

/**
 * Answers "may this mailbox spend an LLM call now?" before each pipeline LLM call, and counts
 * the spend: DAILY_LLM_CALL_CAP calls and DAILY_LLM_TOKEN_CAP tokens per mailbox per UTC day.
 * Past either cap the task waits (status `pending`, skip_reason `daily_llm_budget`) and its job
 * resumes after the next midnight UTC; nothing is dropped.
 */
@Injectable()
export class LlmBudgetService {
  constructor(
    private readonly usage: LlmUsageRepository,
    private readonly tasks: TaskRepository,
    @InjectMetric(Metric.LlmBudgetExceeded) private readonly exceeded: Counter<string>,
  ) {
    // Zero samples from the start, so dashboards and rate() see the series before the first hit.
    for (const stage of [JobName.Classify, JobName.Generate]) this.exceeded.inc({ stage }, 0);
  }

  /**
   * Reserves one LLM call for the task's mailbox (one statement; none when both caps are off).
   * Throws LlmBudgetExhausted, after marking the task as waiting, when the budget is spent.
   */
  async reserve(ctx: StageContext, stage: LlmStage, now = new Date()): Promise<LlmSpend> {
    // The mailbox's own caps when its settings set them, else the environment's.
    const caps = ctx.settings.llmCaps;
    const spend = { mailboxId: ctx.mailbox.id, day: utcDay(now), countTokens: caps.tokens > 0 };
    if (caps.calls === 0 && caps.tokens === 0) return spend;
    if (await this.usage.reserveCall(spend.mailboxId, spend.day, caps)) return spend;
    this.exceeded.inc({ stage });
    // Visible while it waits (admin API: task status, skip_reason); a live task only.
    await this.tasks.update(ctx.task.id, { status: 'pending', skipReason: LLM_BUDGET_REASON });
    throw new LlmBudgetExhausted(resumeTime(now));
  }

  /**
   * Reserves one call for a settings preview (admin API): it spends the mailbox's budget like a
   * pipeline call, or throws LlmBudgetExhausted (the caller answers 429); no task waits.
   */
  async reserveForPreview(mailboxId: string, caps: LlmCaps, now = new Date()): Promise<LlmSpend> {
    const spend = { mailboxId, day: utcDay(now), countTokens: caps.tokens > 0 };
    if (caps.calls === 0 && caps.tokens === 0) return spend;
    if (await this.usage.reserveCall(mailboxId, spend.day, caps)) return spend;
    throw new LlmBudgetExhausted(resumeTime(now));
  }

  /** Counts a granted call's tokens (only while the token cap is on: it costs a statement). */
  async record(spend: LlmSpend, usage: LlmUsage): Promise<void> {
    if (!spend.countTokens) return;
    // Provider-reported: bounded, so a bogus figure cannot break the statement or the counter.
    const tokens = Math.round(usage.promptTokens + usage.completionTokens);
    if (!Number.isFinite(tokens) || tokens <= 0) return;
    await this.usage.addTokens(spend.mailboxId, spend.day, Math.min(tokens, MAX_TOKENS_PER_CALL));
  }
}

/** The UTC calendar day of `now`, 'YYYY-MM-DD' (the budget's key). */
export function utcDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** After the next midnight UTC, spread over RESUME_SPREAD_MS. */
export function resumeTime(now: Date, random = Math.random()): Date {
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
  return new Date(midnight + Math.floor(random * RESUME_SPREAD_MS));
}
