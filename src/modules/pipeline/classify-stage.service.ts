import { Injectable } from '@nestjs/common';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import type { Counter } from 'prom-client';
import { AppError, ErrorCodes } from '../../core/errors/app-error.js';
import { Metric } from '../../core/metrics/metric-names.js';
import { JobName } from '../../core/queue/queue.constants.js';
import { ParsedEmail } from '../gmail/gmail-client.port.js';
import type {
  Classification as LlmClassification,
  EmailCategory,
  EmailForLlm,
} from '../llm/llm-provider.port.js';
import { LlmService } from '../llm/llm.service.js';
import type { TriageLabel } from '../mailbox-settings/mailbox-settings.js';
import type { AiResponseEntity } from '../persistence/entities/ai-response.entity.js';
import {
  type Classification,
  classificationValues,
} from '../persistence/repositories/ai-response.repository.js';
import type { CacheEntry } from '../persistence/repositories/classification-cache.repository.js';
import { EmailRepository } from '../persistence/repositories/email.repository.js';
import {
  AfterClassify,
  StageStateRepository,
} from '../persistence/repositories/stage-state.repository.js';
import type { EffectiveSettings } from './effective-settings.js';
import { BatchClassifyService } from './batch-classify.service.js';
import {
  CACHE_MODEL_PREFIX,
  CACHED_REASONING,
  ClassificationCacheService,
} from './classification-cache.service.js';
import { cleanMessageText } from './email-text.js';
import { LlmBudgetService } from './llm-budget.service.js';
import { formatAddress, toLlmEmail } from './llm-input.js';
import { MessageCache } from './message-cache.service.js';
import { ALWAYS_DRAFT, NEVER_DRAFT, PREFILTER, ruleClassificationOf } from './sender-rules.js';
import { isListedSender, StageContext } from './stage-context.service.js';
import { TriageLabelService } from './triage-label.service.js';
import { HandlesStage } from '../task-lifecycle/stage-handler.registry.js';
import { hasReached, STAGE_TRANSITIONS } from '../task-lifecycle/transitions.js';
import { StageHandler, StageInput, StageStep } from './stage-step.js';

export type ClassifyOutcome =
  'prefiltered' | 'never_draft' | 'needs_reply' | 'no_reply' | 'low_confidence' | 'message_gone';

/** Where each LLM verdict leaves the task. */
const AFTER: Record<'needs_reply' | 'no_reply' | 'low_confidence', AfterClassify> = {
  needs_reply: { stage: 'classified' },
  no_reply: { status: 'completed', stage: 'classified' },
  low_confidence: { status: 'skipped', skipReason: 'low_confidence', stage: 'classified' },
};

/** Where classify leaves a task that goes on; a crashed run resumes from there or later. */
const CLASSIFIED = STAGE_TRANSITIONS[JobName.Classify].done;

/** The service's own mail gets no triage label. */
const UNLABELLED_RULES = new Set(['from-self', 'own-message']);

/** A verdict, and the cache row that keeps an LLM's for the next mailbox (null: none to keep). */
interface Decided {
  verdict: Verdict;
  cache: CacheEntry | null;
}

/** A classification and everything it decides. */
export interface Verdict {
  classification: Classification;
  outcome: Exclude<ClassifyOutcome, 'message_gone'>;
  after: AfterClassify;
  label: TriageLabel | null;
  /** The pre-filter rule that decided, if one did. */
  rule?: string;
  /** An LLM call made it (a rule did not). */
  paid: boolean;
}

/**
 * Stage 1: fetch, pre-filter, apply the mailbox's sender rules, classify, label; go on to
 * generate only for confident needs_reply. With labels on, an LLM's classification is stored
 * before the label step, so a run that dies in it (or a Gmail error there) resumes from the
 * stored classification instead of paying for a second LLM call.
 */
@Injectable()
@HandlesStage(JobName.Classify)
export class ClassifyStageService implements StageHandler {
  constructor(
    private readonly messages: MessageCache,
    private readonly llm: LlmService,
    private readonly emails: EmailRepository,
    private readonly state: StageStateRepository,
    private readonly budget: LlmBudgetService,
    private readonly labels: TriageLabelService,
    private readonly cache: ClassificationCacheService,
    private readonly batch: BatchClassifyService,
    @InjectMetric(Metric.EmailsProcessed) private readonly processed: Counter<string>,
    @InjectMetric(Metric.PrefilterSkipped) private readonly prefiltered: Counter<string>,
  ) {}

  async run(ctx: StageContext, input: StageInput = {}): Promise<StageStep<ClassifyOutcome>> {
    const { task, email, creds, settings } = ctx;
    if (ctx.response?.category && hasReached(ctx.previousStage, CLASSIFIED)) {
      // Crash after classifying but before the next stage ran, or a stale classify job of a task
      // that moved on: hand on instead of paying for a second classification.
      return {
        outcome: 'needs_reply',
        next: { stage: JobName.Generate, vip: isListedSender(settings.vipSenders, email.sender) },
      };
    }
    let message: ParsedEmail;
    try {
      // Fresh: the pre-filter and the label step read labels, which change (the later stages
      // reuse this fetch).
      message = await this.messages.get(creds, email.messageId, { fresh: true });
    } catch (error) {
      if (error instanceof AppError && error.code === ErrorCodes.GMAIL_NOT_FOUND) {
        await this.state.finish({
          taskId: task.id,
          emailId: email.id,
          status: 'skipped',
          skipReason: 'message_deleted',
        });
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

    // A classification stored by an earlier run of this task that stopped before moving it on.
    const stored = ctx.response?.category ? storedClassification(ctx.response) : null;
    const deferrable = input.deferrable === true && this.batch.enabled;
    const decided: Decided = stored
      ? { verdict: judge(stored, settings), cache: null }
      : await this.decide(ctx, message, deferrable);
    const { verdict } = decided;
    // Only an LLM's verdict is worth keeping across a failed label step (the label step's first
    // statement stores it, with its row for the shared cache): a rule costs nothing to apply
    // again.
    const keep =
      !stored && verdict.paid
        ? {
            classification: classificationValues({
              ...verdict.classification,
              taskId: task.id,
              emailId: email.id,
            }),
            cache: decided.cache,
          }
        : undefined;
    const label = await this.labels.apply(ctx, message.id, message.labelIds, verdict.label, keep);
    // The classification, where it leaves the task, the label's applied mark and (when the
    // label step did not store it) the cache row are written together (one statement).
    const live = await this.state.classified(
      task.id,
      email.id,
      verdict.classification,
      verdict.after,
      { labelApplied: label.markApplied, cache: label.verdictStored ? null : decided.cache },
    );
    if (deferrable) await this.batch.settled(task.id);
    if (!stored) {
      if (verdict.rule) this.prefiltered.inc({ rule: verdict.rule });
      this.processed.inc({ category: verdict.classification.category });
    }
    if (verdict.outcome !== 'needs_reply' || !live) return { outcome: verdict.outcome };
    const vip = isListedSender(settings.vipSenders, message.from?.address);
    return { outcome: verdict.outcome, next: { stage: JobName.Generate, vip } };
  }

  /** Rules first (no LLM call, no tokens), then the LLM with the mailbox's triage preferences. */
  private async decide(
    ctx: StageContext,
    message: ParsedEmail,
    deferrable: boolean,
  ): Promise<Decided> {
    const { settings } = ctx;
    const ruled = ruleClassificationOf(message, ctx.mailbox.emailAddress, settings);
    if (ruled) return { verdict: judge(ruled, settings), cache: null };

    const body = cleanMessageText(message, this.llm.inputTokenBudget);
    const { classification, cache } = await this.classify(
      ctx,
      toLlmEmail(message, body),
      deferrable,
    );
    return { verdict: judge(classification, settings), cache };
  }

  /**
   * The shared cache's verdict for identical content under identical triage preferences, else
   * the Batch API's (non-urgent mail, when on), else the LLM's (within the mailbox's daily
   * budget; a hit spends none of it), with the cache row that keeps it for the next mailbox.
   */
  private async classify(
    ctx: StageContext,
    email: EmailForLlm,
    deferrable: boolean,
  ): Promise<{ classification: Classification; cache: CacheEntry | null }> {
    const key = this.cache.keyFor(email, ctx.settings.owner);
    // A task already waiting for its batch looked the cache up the first time.
    const request = deferrable ? await this.batch.request(ctx.task.id) : null;
    const cached = key && !request ? await this.cache.lookup(key) : null;
    if (cached) {
      const classification = {
        category: cached.category as EmailCategory,
        confidence: cached.confidence,
        reasoning: CACHED_REASONING,
        modelUsed: `${CACHE_MODEL_PREFIX}${cached.modelUsed}`,
        usage: { promptTokens: 0, completionTokens: 0, costUsd: 0 },
      };
      return { classification, cache: null };
    }
    // Non-urgent mail waits for the Batch API's answer (this throws until it is there).
    const batched = deferrable ? await this.batch.classify(ctx, email, request) : null;
    if (batched) {
      return {
        classification: fromLlm(batched, batched.model, batched.costUsd),
        cache: key && this.cache.entryFor(key, batched),
      };
    }
    // Past the mailbox's daily LLM budget this throws and the task waits for the next day.
    const spend = await this.budget.reserve(ctx, JobName.Classify);
    const result = await this.llm.classify(email, ctx.settings.owner);
    await this.budget.record(spend, result.usage);
    return {
      classification: fromLlm(result, result.model, this.llm.estimateCost(result)),
      cache: key && this.cache.entryFor(key, result),
    };
  }
}

/** A model's answer as the stage records it, under `modelUsed` and priced at `costUsd`. */
export function fromLlm(
  result: LlmClassification,
  modelUsed: string,
  costUsd: number,
): Classification {
  return {
    category: result.category,
    confidence: result.confidence,
    reasoning: result.reasoning,
    modelUsed,
    usage: { ...result.usage, costUsd },
  };
}

function storedClassification(response: AiResponseEntity): Classification {
  return {
    category: response.category ?? 'informational',
    confidence: response.confidence ?? 0,
    reasoning: response.reasoning,
    modelUsed: response.modelUsed ?? '',
    usage: {
      promptTokens: response.promptTokens,
      completionTokens: response.completionTokens,
      costUsd: response.costUsd,
    },
  };
}

/** What a classification (new or stored) decides under the mailbox's settings. */
/** What a classification decides for a mailbox (also the settings preview's verdict). */
export function judge(c: Classification, settings: EffectiveSettings): Verdict {
  if (c.modelUsed.startsWith(PREFILTER)) {
    const rule = c.modelUsed.slice(PREFILTER.length);
    return {
      classification: c,
      outcome: 'prefiltered',
      after: { status: 'skipped', skipReason: c.modelUsed },
      label: UNLABELLED_RULES.has(rule) ? null : categoryLabel(c.category),
      rule,
      paid: false,
    };
  }
  if (c.modelUsed === NEVER_DRAFT) {
    return {
      classification: c,
      outcome: 'never_draft',
      after: { status: 'skipped', skipReason: 'never_draft_sender', stage: 'classified' },
      label: 'skipped',
      paid: false,
    };
  }
  const outcome =
    c.category !== 'needs_reply'
      ? 'no_reply'
      : c.confidence < settings.confidenceThreshold
        ? 'low_confidence'
        : 'needs_reply';
  return {
    classification: c,
    outcome,
    after: AFTER[outcome],
    label: outcome === 'low_confidence' ? 'skipped' : categoryLabel(c.category),
    paid: c.modelUsed !== ALWAYS_DRAFT,
  };
}

function categoryLabel(category: string): TriageLabel {
  return category === 'needs_reply' ? 'needs_reply' : category === 'spam' ? 'spam' : 'fyi';
}
