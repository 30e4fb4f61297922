import { Injectable } from '@nestjs/common';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import type { Counter } from 'prom-client';
import { AppConfig } from '../../core/config/app-config';
import { AppError, ErrorCodes } from '../../core/errors/app-error';
import { Metric } from '../../core/metrics/metric-names';
import { JobQueueService } from '../../core/queue/job-queue.service';
import { JobName } from '../../core/queue/queue.constants';
import { ParsedEmail } from '../gmail/gmail-client.port';
import { LlmService } from '../llm/llm.service';
import { TaskStage } from '../persistence/entities/processing-task.entity';
import { AiResponseRepository } from '../persistence/repositories/ai-response.repository';
import { EmailRepository } from '../persistence/repositories/email.repository';
import { StageStateRepository } from '../persistence/repositories/stage-state.repository';
import { TaskRepository } from '../persistence/repositories/task.repository';
import { cleanEmailText } from './email-text';
import { prefilter } from './prefilter';
import { formatAddress, toLlmEmail } from './llm-input';
import { MessageCache } from './message-cache.service';
import { isVipSender, StageContext } from './stage-context.service';

/** Stages a task reaches only after a confident needs_reply classification was recorded. */
const PAST_CLASSIFY = new Set<TaskStage>(['classified', 'generating', 'reply_generated', 'drafting']);

export type ClassifyOutcome = 'prefiltered' | 'needs_reply' | 'no_reply' | 'low_confidence' | 'message_gone';

/** Stage 1: fetch, clean, pre-filter, classify; continue to generate only for confident needs_reply. */
@Injectable()
export class ClassifyStageService {
  constructor(
    private readonly config: AppConfig,
    private readonly messages: MessageCache,
    private readonly llm: LlmService,
    private readonly tasks: TaskRepository,
    private readonly emails: EmailRepository,
    private readonly state: StageStateRepository,
    private readonly responses: AiResponseRepository,
    private readonly jobs: JobQueueService,
    @InjectMetric(Metric.EmailsProcessed) private readonly processed: Counter<string>,
    @InjectMetric(Metric.PrefilterSkipped) private readonly prefiltered: Counter<string>,
  ) {}

  async run(ctx: StageContext): Promise<ClassifyOutcome> {
    const { task, email, mailbox, creds } = ctx;
    if (ctx.response?.category && PAST_CLASSIFY.has(ctx.previousStage)) {
      // Crash after classifying but before enqueueing, or a stale classify job of a task that
      // moved on: hand on instead of paying for a second classification.
      await this.jobs.enqueueStage(JobName.Generate, { taskId: task.id, correlationId: task.correlationId });
      return 'needs_reply';
    }
    let message: ParsedEmail;
    try {
      // Fresh: the pre-filter reads labels, which change (the later stages reuse this fetch).
      message = await this.messages.get(creds, email.messageId, { fresh: true });
    } catch (error) {
      if (error instanceof AppError && error.code === ErrorCodes.GMAIL_NOT_FOUND) {
        await this.finish(task.id, email.id, 'skipped', 'message_deleted');
        return 'message_gone';
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
      await this.responses.recordClassification({
        taskId: task.id,
        emailId: email.id,
        category: rule.category,
        confidence: 1,
        reasoning: `pre-filter rule ${rule.rule}`,
        modelUsed: `prefilter:${rule.rule}`,
        usage: { promptTokens: 0, completionTokens: 0, costUsd: 0 },
      });
      this.prefiltered.inc({ rule: rule.rule });
      this.processed.inc({ category: rule.category });
      await this.finish(task.id, email.id, 'skipped', `prefilter:${rule.rule}`);
      return 'prefiltered';
    }

    const body = cleanEmailText(message.text, this.config.LLM_INPUT_TOKEN_BUDGET);
    const result = await this.llm.classify(toLlmEmail(message, body));
    await this.responses.recordClassification({
      taskId: task.id,
      emailId: email.id,
      category: result.category,
      confidence: result.confidence,
      reasoning: result.reasoning,
      modelUsed: result.model,
      usage: { ...result.usage, costUsd: this.llm.estimateCost(result) },
    });
    this.processed.inc({ category: result.category });

    if (result.category !== 'needs_reply') {
      await this.finish(task.id, email.id, 'completed', null, 'classified');
      return 'no_reply';
    }
    if (result.confidence < this.config.CLASSIFY_CONFIDENCE_THRESHOLD) {
      await this.finish(task.id, email.id, 'skipped', 'low_confidence', 'classified');
      return 'low_confidence';
    }
    await this.tasks.setStage(task.id, 'classified');
    const vip = isVipSender(this.config.VIP_SENDERS, message.from?.address);
    await this.jobs.enqueueStage(JobName.Generate, { taskId: task.id, correlationId: task.correlationId }, { vip });
    return 'needs_reply';
  }

  private async finish(
    taskId: string,
    emailId: number,
    status: 'completed' | 'skipped',
    reason: string | null,
    stage: 'classified' | undefined = undefined,
  ): Promise<void> {
    await this.state.finish({ taskId, emailId, status, skipReason: reason, stage });
  }
}
