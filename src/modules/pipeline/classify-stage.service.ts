import { Injectable } from '@nestjs/common';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import type { Counter } from 'prom-client';
import { PipelineConfig } from './pipeline.config.js';
import { AppError, ErrorCodes } from '../../core/errors/app-error.js';
import { Metric } from '../../core/metrics/metric-names.js';
import { JobName } from '../../core/queue/queue.constants.js';
import { ParsedEmail } from '../gmail/gmail-client.port.js';
import type { EmailCategory, EmailForLlm, LlmUsage } from '../llm/llm-provider.port.js';
import { LlmService } from '../llm/llm.service.js';
import { EmailRepository } from '../persistence/repositories/email.repository.js';
import {
  AfterClassify,
  StageStateRepository,
} from '../persistence/repositories/stage-state.repository.js';
import { BatchClassifyService } from './batch-classify.service.js';
import {
  CACHE_MODEL_PREFIX,
  CACHED_REASONING,
  ClassificationCacheService,
} from './classification-cache.service.js';
import { cleanMessageText } from './email-text.js';
import { prefilter } from './prefilter.js';
import { LlmBudgetService } from './llm-budget.service.js';
import { formatAddress, toLlmEmail } from './llm-input.js';
import { MessageCache } from './message-cache.service.js';
import { isVipSender, StageContext } from './stage-context.service.js';
import { HandlesStage } from '../task-lifecycle/stage-handler.registry.js';
import { hasReached, STAGE_TRANSITIONS } from '../task-lifecycle/transitions.js';
import { StageHandler, StageInput, StageStep } from './stage-step.js';

/** A verdict as the classify stage records it. */
interface StageClassification {
  category: EmailCategory;
  confidence: number;
  reasoning: string;
  modelUsed: string;
  usage: LlmUsage & { costUsd: number };
}

export type ClassifyOutcome =
  'prefiltered' | 'needs_reply' | 'no_reply' | 'low_confidence' | 'message_gone';

/** Where each LLM verdict leaves the task. */
const AFTER: Record<'needs_reply' | 'no_reply' | 'low_confidence', AfterClassify> = {
  needs_reply: { stage: 'classified' },
  no_reply: { status: 'completed', stage: 'classified' },
  low_confidence: { status: 'skipped', skipReason: 'low_confidence', stage: 'classified' },
};

/** Where classify leaves a task that goes on; a crashed run resumes from there or later. */
const CLASSIFIED = STAGE_TRANSITIONS[JobName.Classify].done;

/** Stage 1: fetch, clean, pre-filter, classify; go on to generate only for confident needs_reply. */
@Injectable()
@HandlesStage(JobName.Classify)
export class ClassifyStageService implements StageHandler {
  constructor(
    private readonly config: PipelineConfig,
    private readonly messages: MessageCache,
    private readonly llm: LlmService,
    private readonly emails: EmailRepository,
    private readonly state: StageStateRepository,
    private readonly budget: LlmBudgetService,
    private readonly cache: ClassificationCacheService,
    private readonly batch: BatchClassifyService,
    @InjectMetric(Metric.EmailsProcessed) private readonly processed: Counter<string>,
    @InjectMetric(Metric.PrefilterSkipped) private readonly prefiltered: Counter<string>,
  ) {}

  async run(ctx: StageContext, input: StageInput = {}): Promise<StageStep<ClassifyOutcome>> {
    const { task, email, mailbox, creds } = ctx;
    if (ctx.response?.category && hasReached(ctx.previousStage, CLASSIFIED)) {
      // Crash after classifying but before the next stage ran, or a stale classify job of a task
      // that moved on: hand on instead of paying for a second classification.
      return {
        outcome: 'needs_reply',
        next: { stage: JobName.Generate, vip: isVipSender(this.config.VIP_SENDERS, email.sender) },
      };
    }
    let message: ParsedEmail;
    try {
      // Fresh: the pre-filter reads labels, which change (the later stages reuse this fetch).
      message = await this.messages.get(creds, email.messageId, { fresh: true });
    } catch (error) {
      if (error instanceof AppError && error.code === ErrorCodes.GMAIL_NOT_FOUND) {
        await this.finish(task.id, email.id, 'skipped', 'message_deleted');
        return { outcome: 'message_gone' };
      }
      throw error;
    }
    await this.emails.updateDetails(email.id, {
      sender: message.from ? formatAddress(message.from) : null,
      subject: message.subject,
      receivedAt: message.receivedAt,
      threadId: message.threadId,
    });

    const rule = prefilter(message, mailbox.emailAddress);
    if (rule) {
      const classification = {
        category: rule.category,
        confidence: 1,
        reasoning: `pre-filter rule ${rule.rule}`,
        modelUsed: `prefilter:${rule.rule}`,
        usage: { promptTokens: 0, completionTokens: 0, costUsd: 0 },
      };
      await this.state.classified(task.id, email.id, classification, {
        status: 'skipped',
        skipReason: `prefilter:${rule.rule}`,
      });
      this.prefiltered.inc({ rule: rule.rule });
      this.processed.inc({ category: rule.category });
      return { outcome: 'prefiltered' };
    }

    const body = cleanMessageText(message, this.llm.inputTokenBudget);
    const deferrable = input.deferrable === true && this.batch.enabled;
    const classification = await this.classify(ctx, toLlmEmail(message, body), deferrable);
    const outcome: ClassifyOutcome =
      classification.category !== 'needs_reply'
        ? 'no_reply'
        : classification.confidence < this.config.CLASSIFY_CONFIDENCE_THRESHOLD
          ? 'low_confidence'
          : 'needs_reply';
    const vip = isVipSender(this.config.VIP_SENDERS, message.from?.address);
    // The classification and where it leaves the task are written together (one transaction).
    const live = await this.state.classified(task.id, email.id, classification, AFTER[outcome]);
    if (deferrable) await this.batch.settled(task.id);
    this.processed.inc({ category: classification.category });
    if (outcome !== 'needs_reply' || !live) return { outcome };
    return { outcome, next: { stage: JobName.Generate, vip } };
  }

  /**
   * The shared cache's verdict for identical content, else the LLM's (within the mailbox's
   * daily budget; a hit spends none of it), kept for the next mailbox.
   */
  private async classify(
    ctx: StageContext,
    email: EmailForLlm,
    deferrable: boolean,
  ): Promise<StageClassification> {
    const key = this.cache.keyFor(email);
    // A task already waiting for its batch looked the cache up the first time.
    const request = deferrable ? await this.batch.request(ctx.task.id) : null;
    const cached = key && !request ? await this.cache.lookup(key) : null;
    if (cached) {
      return {
        category: cached.category as EmailCategory,
        confidence: cached.confidence,
        reasoning: CACHED_REASONING,
        modelUsed: `${CACHE_MODEL_PREFIX}${cached.modelUsed}`,
        usage: { promptTokens: 0, completionTokens: 0, costUsd: 0 },
      };
    }
    // Non-urgent mail waits for the Batch API's answer (this throws until it is there).
    const batched = deferrable ? await this.batch.classify(ctx, email, request) : null;
    if (batched) {
      if (key) await this.cache.store(key, batched);
      return {
        category: batched.category,
        confidence: batched.confidence,
        reasoning: batched.reasoning,
        modelUsed: batched.model,
        usage: { ...batched.usage, costUsd: batched.costUsd },
      };
    }
    // Past the mailbox's daily LLM budget this throws and the task waits for the next day.
    const spend = await this.budget.reserve(ctx, JobName.Classify);
    const result = await this.llm.classify(email);
    await this.budget.record(spend, result.usage);
    if (key) await this.cache.store(key, result);
    return {
      category: result.category,
      confidence: result.confidence,
      reasoning: result.reasoning,
      modelUsed: result.model,
      usage: { ...result.usage, costUsd: this.llm.estimateCost(result) },
    };
  }

  private async finish(
    taskId: string,
    emailId: number,
    status: 'completed' | 'skipped',
    reason: string | null,
  ): Promise<void> {
    await this.state.finish({ taskId, emailId, status, skipReason: reason });
  }
}
