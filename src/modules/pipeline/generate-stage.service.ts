import { Injectable } from '@nestjs/common';
import { PipelineConfig } from './pipeline.config.js';
import { JobName } from '../../core/queue/queue.constants.js';
import { GmailClient, ParsedEmail } from '../gmail/gmail-client.port.js';
import { KnowledgeNotesService } from '../knowledge-notes/knowledge-notes.service.js';
import { EmailForLlm } from '../llm/llm-provider.port.js';
import { LlmService } from '../llm/llm.service.js';
import { fitNotes, fitStyleExamples } from '../llm/owner-texts-prompt.js';
import { AiResponseRepository } from '../persistence/repositories/ai-response.repository.js';
import { StageStateRepository } from '../persistence/repositories/stage-state.repository.js';
import { cleanMessageText } from './email-text.js';
import { LlmBudgetService } from './llm-budget.service.js';
import { toLlmEmail } from './llm-input.js';
import { MessageCache } from './message-cache.service.js';
import { checkedReply, replyAuthor } from './reply-composition.js';
import { replyTarget } from './reply-recipient.js';
import { StyleExamplesService } from './style-examples.service.js';
import { draftCapWindowStart, isListedSender, StageContext } from './stage-context.service.js';
import { HandlesStage } from '../task-lifecycle/stage-handler.registry.js';
import { StageHandler, StageInput, StageStep } from './stage-step.js';
import { seenByRecipient, VISIBILITY_HEADERS } from './thread-visibility.js';

/** Earlier messages of the thread given as context, newest last. */
const MAX_THREAD_CONTEXT = 3;

export type GenerateOutcome = 'generated' | 'daily_cap' | 'already_generated';

/** Stage 2: write the reply text with the thread as context, under the daily draft cap. */
@Injectable()
@HandlesStage(JobName.Generate)
export class GenerateStageService implements StageHandler {
  constructor(
    private readonly config: PipelineConfig,
    private readonly gmail: GmailClient,
    private readonly messages: MessageCache,
    private readonly llm: LlmService,
    private readonly state: StageStateRepository,
    private readonly responses: AiResponseRepository,
    private readonly budget: LlmBudgetService,
    private readonly knowledge: KnowledgeNotesService,
    private readonly style: StyleExamplesService,
  ) {}

  async run(ctx: StageContext, input: StageInput): Promise<StageStep<GenerateOutcome>> {
    const { task, email, mailbox, creds } = ctx;
    // A job of its own learns the routing from the sender; an inline run from classify.
    const { settings } = ctx;
    const vip = input.vip ?? isListedSender(settings.vipSenders, email.sender);
    const draft = { stage: JobName.Draft as const, vip };
    if (ctx.response?.generatedReply) return { outcome: 'already_generated', next: draft };
    // The claim counted today's drafts (StageContextService); the fallback is for other callers.
    const draftsToday =
      ctx.draftsSince ?? (await this.responses.countDraftsSince(mailbox.id, draftCapWindowStart()));
    if (draftsToday >= settings.dailyDraftCap) {
      // Cost guard: classified, but no reply today. Reprocess later (force) once the cap resets.
      await this.state.finish({
        taskId: task.id,
        emailId: email.id,
        status: 'skipped',
        skipReason: 'daily_draft_cap',
      });
      return { outcome: 'daily_cap' };
    }
    const message = await this.messages.get(creds, email.messageId);
    const budget = this.llm.inputTokenBudget;
    // The address the draft will go to (draft stage applies the same policy), not just From.
    const recipient = replyTarget(message, this.config.REPLY_TO_POLICY)?.to.address;
    const thread = await this.threadContext(ctx, message, recipient, Math.floor(budget / 4));
    const original = toLlmEmail(message, cleanMessageText(message, budget));
    // The owner's notes matching this email, cut to their share of the prompt: exactly the text
    // (and links) the model sees, recorded on the response.
    const notes = fitNotes(
      await this.knowledge.forEmail(mailbox.id, original.subject, original.body),
      budget,
    );
    const styleExamples = settings.styleExamples
      ? fitStyleExamples(await this.style.forRecipient(creds, recipient), budget)
      : [];
    // Past the mailbox's daily LLM budget this throws and the task waits for the next day.
    const spend = await this.budget.reserve(ctx, JobName.Generate);
    const reply = await this.llm.generateReply({
      email: original,
      thread,
      mailboxOwner: replyAuthor(settings, mailbox),
      maxWords: this.config.REPLY_MAX_WORDS,
      owner: settings.owner,
      notes,
      styleExamples,
    });
    await this.budget.record(spend, reply.usage);
    const usage = { ...reply.usage, costUsd: this.llm.estimateCost(reply) };
    const text = checkedReply(reply.text, {
      original,
      notes,
      maxWords: this.config.REPLY_MAX_WORDS,
      signature: settings.signature,
    });
    await this.state.replyGenerated(
      task.id,
      text,
      reply.model,
      usage,
      reply.provider,
      notes.map((n) => n.id),
    );
    return { outcome: 'generated', next: draft };
  }

  /**
   * The messages before this one in its thread (Gmail lists a thread oldest first) that the
   * reply's recipient has already seen (thread-visibility.ts), drafts left out: the reply goes
   * to them, and a prompt holding anyone else's mail could echo it into their reply. A message
   * whose id is its thread's id started the thread (Gmail names a thread after its first
   * message), so it has nothing before it: no threads.get call, 10 quota units saved.
   */
  private async threadContext(
    ctx: StageContext,
    message: ParsedEmail,
    recipient: string | undefined,
    tokenBudget: number,
  ): Promise<EmailForLlm[]> {
    if (message.threadId === message.id || !recipient) return [];
    const metas = await this.gmail.getThreadMetadata(ctx.creds, message.threadId, [
      ...VISIBILITY_HEADERS,
    ]);
    const at = metas.findIndex((m) => m.id === message.id);
    const earlier = (at >= 0 ? metas.slice(0, at) : metas.filter((m) => m.id !== message.id))
      .filter((m) => !m.labelIds.includes('DRAFT') && seenByRecipient(m, recipient))
      .slice(-MAX_THREAD_CONTEXT);
    const out: EmailForLlm[] = [];
    for (const meta of earlier) {
      const msg = await this.messages.get(ctx.creds, meta.id);
      out.push(
        toLlmEmail(
          msg,
          cleanMessageText(msg, Math.max(100, Math.floor(tokenBudget / MAX_THREAD_CONTEXT))),
        ),
      );
    }
    return out;
  }
}
