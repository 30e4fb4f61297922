import type { OwnerContext } from '../llm/llm-provider.port.js';
import {
  MATCH_SENDER_LANGUAGE,
  type MailboxSettingsDocument,
  SenderList,
  type TriageLabel,
} from '../mailbox-settings/mailbox-settings.js';
import type { LlmCaps } from '../persistence/repositories/llm-usage.repository.js';
import type { PipelineConfig } from './pipeline.config.js';

/**
 * What the pipeline applies to one mailbox's email: the environment's defaults with the
 * mailbox's own settings laid over them. Built per claim from the settings row read with it, so
 * a change applies to the next email without a restart.
 */
export interface EffectiveSettings {
  confidenceThreshold: number;
  dailyDraftCap: number;
  llmCaps: LlmCaps;
  /** VIP_SENDERS and the mailbox's: never pre-filtered, routed to the priority queue. */
  vipSenders: SenderList;
  /** Classified needs_reply without an LLM call. */
  alwaysDraft: SenderList;
  /** Never drafted for, and never sent to the LLM. */
  neverDraft: SenderList;
  labelsEnabled: boolean;
  labelNames: Record<TriageLabel, string>;
  /** The owner's profile and preferences for the prompts (untrusted text). */
  owner: OwnerContext;
  /** Appended by the service below the reply; the model never writes it. */
  signature: string | null;
  /** Samples of the owner's sent mail in reply prompts, as examples of their style. */
  styleExamples: boolean;
}

export function effectiveSettings(
  config: PipelineConfig,
  doc: MailboxSettingsDocument,
): EffectiveSettings {
  const language = doc.reply_language;
  return {
    confidenceThreshold: doc.confidence_threshold ?? config.CLASSIFY_CONFIDENCE_THRESHOLD,
    dailyDraftCap: doc.daily_draft_cap ?? config.DAILY_DRAFT_CAP,
    llmCaps: {
      calls: doc.daily_llm_call_cap ?? config.DAILY_LLM_CALL_CAP,
      tokens: doc.daily_llm_token_cap ?? config.DAILY_LLM_TOKEN_CAP,
    },
    vipSenders: new SenderList([
      ...(config.VIP_SENDERS ?? '').split(','),
      ...(doc.vip_senders ?? []),
    ]),
    alwaysDraft: new SenderList(doc.always_draft_senders ?? []),
    neverDraft: new SenderList(doc.never_draft_senders ?? []),
    labelsEnabled: doc.labels_enabled ?? config.TRIAGE_LABELS_ENABLED,
    labelNames: {
      needs_reply: doc.label_names?.needs_reply ?? config.TRIAGE_LABEL_NEEDS_REPLY,
      fyi: doc.label_names?.fyi ?? config.TRIAGE_LABEL_FYI,
      spam: doc.label_names?.spam ?? config.TRIAGE_LABEL_SPAM,
      skipped: doc.label_names?.skipped ?? config.TRIAGE_LABEL_SKIPPED,
    },
    owner: {
      name: doc.owner_name,
      aboutMe: doc.about_me,
      replyInstructions: doc.reply_instructions,
      replyLanguage: language && language !== MATCH_SENDER_LANGUAGE ? language : undefined,
      triageRules: doc.triage_rules,
      signatureAppended: Boolean(doc.signature),
    },
    signature: doc.signature ?? null,
    styleExamples: doc.style_examples_enabled ?? config.REPLY_STYLE_EXAMPLES,
  };
}
