import { Injectable, Logger } from '@nestjs/common';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import { randomUUID } from 'node:crypto';
import type { Counter, Histogram } from 'prom-client';
import { PipelineConfig } from './pipeline.config.js';
import { AppError, ErrorCodes } from '../../core/errors/app-error.js';
import { Metric } from '../../core/metrics/metric-names.js';
import { Coordination, type Lease } from '../../core/coordination/coordination.port.js';
import { DraftComposer, MailAddress, MARKER_HEADER } from '../gmail/draft-composer.js';
import { DraftInfo, GmailClient, ParsedEmail } from '../gmail/gmail-client.port.js';
import {
  AiResponseRepository,
  type PreviousDraft,
} from '../persistence/repositories/ai-response.repository.js';
import { StageStateRepository } from '../persistence/repositories/stage-state.repository.js';
import { MessageCache } from './message-cache.service.js';
import { replyTarget, ReplyTarget } from './reply-recipient.js';
import { StageContext } from './stage-context.service.js';
import { JobName } from '../../core/queue/queue.constants.js';
import { HandlesStage } from '../task-lifecycle/stage-handler.registry.js';
import { StageHandler, StageStep } from './stage-step.js';

/**
 * Error code: the draft lock is held (a run in progress, or a killed run's lock not yet
 * expired), or this run could not confirm its own before writing.
 */
export const DRAFT_IN_PROGRESS = 'DRAFT_IN_PROGRESS';

export type DraftOutcome = 'created' | 'replaced' | 'recovered' | 'already_created';

/**
 * The draft lock is a lease, renewed while its run lives: a run killed mid-draft (SIGKILL, OOM)
 * holds up the task's next run for at most this long (was a fixed 2-minute lock). Longer than
 * one Gmail write can take (GMAIL_WRITE_MS), so a lock confirmed before a write cannot lapse
 * during it even if no renewal gets through meanwhile.
 */
const DRAFT_LEASE_MS = 45_000;

/** The longest one Gmail write can take: the quota limiter's 10-s wait, the 30-s request timeout. */
const GMAIL_WRITE_MS = 41_000;

/**
 * Stage 3: exactly one Gmail draft per task. The marker is stored before drafts.create and
 * written into the draft; a retry after a crash finds that draft instead of making another.
 */
@Injectable()
@HandlesStage(JobName.Draft)
export class DraftStageService implements StageHandler {
  private readonly logger = new Logger(DraftStageService.name);

  constructor(
    private readonly config: PipelineConfig,
    private readonly gmail: GmailClient,
    private readonly messages: MessageCache,
    private readonly composer: DraftComposer,
    private readonly locks: Coordination,
    private readonly responses: AiResponseRepository,
    private readonly state: StageStateRepository,
    @InjectMetric(Metric.DraftsCreated) private readonly drafts: Counter<string>,
    @InjectMetric(Metric.PipelineDuration) private readonly pipelineDuration: Histogram<string>,
  ) {}

  async run(ctx: StageContext): Promise<StageStep<DraftOutcome>> {
    const lease = await this.locks.tryLease(`draft:${ctx.task.id}`, DRAFT_LEASE_MS);
    if (!lease) throw inProgress();
    try {
      return { outcome: await this.runLocked(ctx, lease) };
    } finally {
      await lease.release();
    }
  }

  private async runLocked(ctx: StageContext, lease: Lease): Promise<DraftOutcome> {
    const { task, email, creds } = ctx;
    // Re-read under the lock (the claim's copy may predate a run that just finished), mark the
    // draft as being created and find the thread's previous AI draft: one statement.
    const start = await this.state.prepareDraft(
      task.id,
      randomUUID(),
      ctx.mailbox.id,
      email.threadId,
    );
    const reply = start?.response.generatedReply;
    if (!start || !reply) {
      throw new AppError(ErrorCodes.INTERNAL, 'draft stage reached without a generated reply', {
        retryable: false,
      });
    }
    const { response } = start;
    if (response.draftState === 'created' && response.draftId) {
      await this.complete(ctx);
      return 'already_created';
    }
    const marker = start.marker;
    if (!marker)
      throw new AppError(ErrorCodes.INTERNAL, 'draft was not marked for creation', {
        retryable: true,
      });
    if (response.draftState === 'creating') {
      const found = await this.findByMarker(ctx, email.threadId ?? '', marker);
      if (found) {
        await this.complete(ctx, found);
        this.logger.log(
          { taskId: task.id },
          'found the draft an earlier run created; not creating another',
        );
        return 'recovered';
      }
    }
    const original = await this.messages.get(creds, email.messageId);
    const target = replyTargetOrFail(original, this.config.REPLY_TO_POLICY);
    const raw = await this.composer.compose({
      from: ctx.mailbox.displayName
        ? { name: ctx.mailbox.displayName, address: ctx.mailbox.emailAddress }
        : { address: ctx.mailbox.emailAddress },
      // Enforced here, whatever the model wrote: one recipient, the original sender (or the
      // Reply-To they set, as REPLY_TO_POLICY allows), no Cc/Bcc.
      to: [target.to],
      ownerNote: target.ownerNote,
      originalSubject: original.subject,
      originalMessageId: original.headers['message-id'],
      originalReferences: original.headers['references'],
      marker,
      text: reply,
    });
    // The statement looked in the thread classify recorded; Gmail's answer is the authority.
    const previous =
      original.threadId === email.threadId
        ? start.previousInThread
        : await this.responses.latestDraftInThread(ctx.mailbox.id, original.threadId, task.id);
    const replaced = previous ? await this.tryReplace(ctx, lease, previous, original, raw) : null;
    if (!replaced) await this.confirmBeforeWrite(lease);
    const draft =
      replaced ?? (await this.gmail.createDraft(creds, { threadId: original.threadId, raw }));
    // Recorded in the same statement that completes the task, right after Gmail answered.
    await this.complete(ctx, draft);
    if (replaced && previous) await this.responses.releaseDraft(previous.id);
    this.drafts.inc({ action: replaced ? 'replaced' : 'created' });
    return replaced ? 'replaced' : 'created';
  }

  /**
   * One AI draft per thread: an earlier AI draft that is still unsent and unedited (Gmail gives
   * an edited draft a new message id) is rewritten in place; anything else is left alone.
   */
  private async tryReplace(
    ctx: StageContext,
    lease: Lease,
    previous: PreviousDraft,
    original: ParsedEmail,
    raw: string,
  ): Promise<DraftInfo | null> {
    if (!previous.draftId) return null;
    const current = await this.gmail.getDraft(ctx.creds, previous.draftId);
    if (!current || current.messageId !== previous.draftMessageId) return null;
    await this.confirmBeforeWrite(lease);
    return this.gmail.updateDraft(ctx.creds, previous.draftId, {
      threadId: original.threadId,
      raw,
    });
  }

  /**
   * Two runs must never both write: the lock must stay ours until the write has answered, even
   * if the store stops answering now. Otherwise this run stops and waits, as for a held lock.
   */
  private async confirmBeforeWrite(lease: Lease): Promise<void> {
    if (!(await lease.confirm(GMAIL_WRITE_MS))) throw inProgress();
  }

  private async findByMarker(
    ctx: StageContext,
    threadId: string,
    marker: string,
  ): Promise<DraftInfo | null> {
    if (!threadId) return null;
    const messages = await this.gmail.getThreadMetadata(ctx.creds, threadId, [MARKER_HEADER]);
    const hit = messages.find(
      (m) => m.labelIds.includes('DRAFT') && m.headers[MARKER_HEADER.toLowerCase()] === marker,
    );
    if (!hit) return null;
    const drafts = await this.gmail.listDrafts(ctx.creds);
    return drafts.find((d) => d.messageId === hit.id) ?? null;
  }

  private async complete(ctx: StageContext, draft?: DraftInfo): Promise<void> {
    // One statement: draft recorded, dead letters resolved, email processed and task completed
    // together, so whoever sees the task completed sees the rest done too.
    const changed = await this.state.finish({
      taskId: ctx.task.id,
      emailId: ctx.email.id,
      status: 'completed',
      stage: 'draft_created',
      draft: draft && { draftId: draft.draftId, messageId: draft.messageId },
    });
    if (changed)
      this.pipelineDuration.observe(
        { outcome: 'draft_created' },
        (Date.now() - ctx.task.createdAt.getTime()) / 1000,
      );
  }
}

/** The draft's one recipient under the policy (`flag` and `follow` pick the same address). */
export function replyRecipient(
  original: ParsedEmail,
  policy: PipelineConfig['REPLY_TO_POLICY'] = 'flag',
): MailAddress {
  return replyTargetOrFail(original, policy).to;
}

/** replyTarget, failing the task when the original names nobody to reply to. */
function replyTargetOrFail(
  original: ParsedEmail,
  policy: PipelineConfig['REPLY_TO_POLICY'],
): ReplyTarget {
  const target = replyTarget(original, policy);
  if (!target) {
    throw new AppError(ErrorCodes.GMAIL_BAD_REQUEST, 'original message has no sender to reply to', {
      retryable: false,
    });
  }
  return target;
}

function inProgress(): AppError {
  return new AppError(DRAFT_IN_PROGRESS, 'another run is writing this draft', {
    retryable: true,
    retryAfterSeconds: 5,
  });
}
