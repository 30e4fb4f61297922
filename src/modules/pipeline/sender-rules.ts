import type { ParsedEmail } from '../gmail/gmail-client.port.js';
import { clip, TEXT_LIMITS } from '../llm/untrusted-text.js';
import type { Classification } from '../persistence/repositories/ai-response.repository.js';
import type { EffectiveSettings } from './effective-settings.js';
import { BULK_RULES, BULK_SPAM_RULE, prefilter, type PrefilterDecision } from './prefilter.js';

/** `modelUsed` of a classification a rule made without an LLM call. */
export const PREFILTER = 'prefilter:';
export const NEVER_DRAFT = 'rule:never-draft';
export const ALWAYS_DRAFT = 'rule:always-draft';

/** Pre-filter rules a VIP or always-draft sender skips: the bulk-mail guesses, not safety. */
const OVERRIDABLE_RULES = new Set([...BULK_RULES, BULK_SPAM_RULE]);

/**
 * The classification that rules make without an LLM call (pre-filters, then the mailbox's
 * never- and always-draft senders), or null when the LLM must decide. Shared by the classify
 * stage and the settings preview, so a preview decides exactly as the pipeline would.
 */
export function ruleClassificationOf(
  message: ParsedEmail,
  mailboxAddress: string,
  settings: EffectiveSettings,
): Classification | null {
  const sender = clip(message.from?.address, TEXT_LIMITS.mailbox).toLowerCase();
  const trusted = settings.vipSenders.has(sender) || settings.alwaysDraft.has(sender);
  const rule = prefilter(message, mailboxAddress);
  if (rule && !(trusted && OVERRIDABLE_RULES.has(rule.rule)))
    return ruleClassification(`${PREFILTER}${rule.rule}`, rule);
  if (settings.neverDraft.has(sender))
    return ruleClassification(NEVER_DRAFT, { category: 'informational' });
  if (settings.alwaysDraft.has(sender))
    return ruleClassification(ALWAYS_DRAFT, { category: 'needs_reply' });
  return null;
}

function ruleClassification(
  modelUsed: string,
  rule: Pick<PrefilterDecision, 'category'> & { rule?: string },
): Classification {
  return {
    category: rule.category,
    confidence: 1,
    reasoning: rule.rule ? `pre-filter rule ${rule.rule}` : `sender rule ${modelUsed.slice(5)}`,
    modelUsed,
    usage: { promptTokens: 0, completionTokens: 0, costUsd: 0 },
  };
}
