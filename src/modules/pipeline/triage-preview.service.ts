import { Injectable } from '@nestjs/common';
import { AppError, ErrorCodes } from '../../core/errors/app-error.js';
import type { ParsedEmail } from '../gmail/gmail-client.port.js';
import { KnowledgeNotesService } from '../knowledge-notes/knowledge-notes.service.js';
import { LlmService } from '../llm/llm.service.js';
import { fitNotes } from '../llm/owner-texts-prompt.js';
import { MailboxSettingsService } from '../mailbox-settings/mailbox-settings.service.js';
import type { MailboxRow } from '../persistence/database/database.js';
import type { Classification } from '../persistence/repositories/ai-response.repository.js';
import { fromLlm, judge } from './classify-stage.service.js';
import { LlmBudgetExhausted, LlmBudgetService, type LlmSpend } from './llm-budget.service.js';
import type { LlmCaps } from '../persistence/repositories/llm-usage.repository.js';
import { effectiveSettings } from './effective-settings.js';
import { cleanMessageText } from './email-text.js';
import { checkedReply, replyAuthor } from './reply-composition.js';
import { toLlmEmail } from './llm-input.js';
import { PipelineConfig } from './pipeline.config.js';
import { ruleClassificationOf } from './sender-rules.js';

/** A pasted email: what the preview reads of it (bounded by the caller's DTO). */
export interface PastedEmail {
  fromAddress: string;
  fromName?: string;
  subject: string;
  text: string;
}

export interface TriagePreview {
  category: string;
  confidence: number;
  reason: string | null;
  /** What decided it: `llm:<model>`, or a pre-filter / sender rule. */
  decidedBy: string;
  outcome: ReturnType<typeof judge>['outcome'];
  /** The reply a draft would hold (safety filter and signature applied), when one would be written. */
  reply: string | null;
}

/**
 * How the mailbox's current settings would triage and answer an email, without any effect: no
 * email, task, label, draft, classification cache entry or usage is stored. Rules decide first
 * exactly as the classify stage does (sender-rules.ts, judge); the LLM calls are the pipeline's
 * (provider chain, prompts with the owner's preferences, reply safety, signature). The caller
 * rate-limits it: each preview may cost two LLM calls.
 */
@Injectable()
export class TriagePreviewService {
  constructor(
    private readonly config: PipelineConfig,
    private readonly llm: LlmService,
    private readonly settings: MailboxSettingsService,
    private readonly knowledge: KnowledgeNotesService,
    private readonly budget: LlmBudgetService,
  ) {}

  async preview(
    mailbox: Pick<MailboxRow, 'id' | 'emailAddress' | 'displayName'>,
    pasted: PastedEmail,
  ): Promise<TriagePreview> {
    const settings = effectiveSettings(this.config, (await this.settings.get(mailbox.id)).settings);
    const message = asParsedEmail(pasted, mailbox.emailAddress);
    const budget = this.llm.inputTokenBudget;
    const email = toLlmEmail(message, cleanMessageText(message, budget));
    let classification: Classification | null = ruleClassificationOf(
      message,
      mailbox.emailAddress,
      settings,
    );
    // A preview's LLM calls are real calls: they spend the mailbox's daily LLM budget.
    const spend = () => this.reserve(mailbox.id, settings.llmCaps);
    if (!classification) {
      const granted = await spend();
      const result = await this.llm.classify(email, settings.owner);
      await this.budget.record(granted, result.usage);
      classification = fromLlm(result, `llm:${result.model}`, 0);
    }
    const { outcome } = judge(classification, settings);
    let reply: string | null = null;
    if (outcome === 'needs_reply') {
      // The mailbox's knowledge notes as the real reply gets them. Style samples are left out:
      // each preview would spend Gmail quota searching the owner's sent mail.
      const notes = fitNotes(
        await this.knowledge.forEmail(mailbox.id, email.subject, email.body),
        budget,
      );
      const granted = await spend();
      const generated = await this.llm.generateReply({
        email,
        thread: [],
        mailboxOwner: replyAuthor(settings, mailbox),
        maxWords: this.config.REPLY_MAX_WORDS,
        owner: settings.owner,
        notes,
      });
      await this.budget.record(granted, generated.usage);
      reply = checkedReply(generated.text, {
        original: email,
        notes,
        maxWords: this.config.REPLY_MAX_WORDS,
        signature: settings.signature,
      });
    }
    return {
      category: classification.category,
      confidence: classification.confidence,
      reason: classification.reasoning,
      decidedBy: classification.modelUsed,
      outcome,
      reply,
    };
  }

  /** One call of the mailbox's daily LLM budget, or 429 once it is spent. */
  private async reserve(mailboxId: string, caps: LlmCaps): Promise<LlmSpend> {
    try {
      return await this.budget.reserveForPreview(mailboxId, caps);
    } catch (error) {
      if (!(error instanceof LlmBudgetExhausted)) throw error;
      throw new AppError(ErrorCodes.RATE_LIMITED, 'The mailbox has spent its daily LLM budget', {
        status: 429,
        details: { resume_at: error.resumeAt.toISOString() },
      });
    }
  }
}

/** The pasted email as the pipeline's parsed message: an inbox message to this mailbox. */
function asParsedEmail(pasted: PastedEmail, mailboxAddress: string): ParsedEmail {
  return {
    id: 'preview',
    threadId: 'preview',
    labelIds: ['INBOX'],
    headers: {},
    from: { name: pasted.fromName, address: pasted.fromAddress.trim().toLowerCase() },
    replyTo: [],
    to: [{ address: mailboxAddress }],
    cc: [],
    subject: pasted.subject,
    receivedAt: new Date(),
    text: pasted.text,
    fromHtml: false,
    attachments: [],
    snippet: pasted.text.slice(0, 200),
  };
}
