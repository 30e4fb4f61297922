import type { EmailCategory } from '../llm/llm-provider.port.js';
import type { ParsedEmail } from '../gmail/gmail-client.port.js';
import { spamProbability } from '../llm/offline-classifier.js';
import { clip, TEXT_LIMITS } from '../llm/untrusted-text.js';
import { cleanEmailText } from './email-text.js';
import { toLlmEmail } from './llm-input.js';

export interface PrefilterDecision {
  rule: string;
  category: EmailCategory;
}

const NO_REPLY =
  /^(no[-_.]?reply|do[-_.]?not[-_.]?reply|noreply|mailer-daemon|postmaster|bounce[s]?|notifications?)([+@-]|$)/i;

/** Probability that an email is spam, judged without an LLM. */
export type SpamJudge = (email: ParsedEmail) => number;

/**
 * Bulk mail (list headers, Precedence, Gmail Promotions, no-reply senders) at or above this spam
 * probability is spam rather than informational: spammers send with list headers too. High, so
 * that a real newsletter is rarely called spam (hiding a list post from its owner costs more than
 * leaving a bulk offer in informational, where it gets no draft either); chosen by
 * cross-validation by batch on the dev split of test/eval/triage (docs/TRIAGE-EVAL.md).
 */
export const BULK_SPAM_MIN_PROBABILITY = 0.9;
/** Text read by the spam check, in the pipeline's token estimate. */
const SPAM_CHECK_TOKEN_BUDGET = 3_000;

/** The offline classifier's spam probability: local, deterministic, no LLM call. */
export const offlineSpamJudge: SpamJudge = (email) =>
  spamProbability(toLlmEmail(email, cleanEmailText(email.text, SPAM_CHECK_TOKEN_BUDGET)));

/**
 * Mail that must never get an AI draft, decided without an LLM call (no cost, no
 * prompt-injection surface): from headers and labels, and for bulk mail also whether its text
 * looks like spam. Order matters: the first matching rule is recorded.
 */
export function prefilter(
  email: ParsedEmail,
  mailboxAddress: string,
  judgeSpam: SpamJudge = offlineSpamJudge,
): PrefilterDecision | null {
  const rule = headerRule(email, mailboxAddress);
  if (rule && BULK_RULES.has(rule.rule) && judgeSpam(email) >= BULK_SPAM_MIN_PROBABILITY)
    return { rule: BULK_SPAM_RULE, category: 'spam' };
  return rule;
}

/** Bulk mail the offline model takes for spam. */
export const BULK_SPAM_RULE = 'bulk-spam';

/** Rules that mark mail sent in bulk, which spam is too; the others (own mail, auto-replies) are not. */
export const BULK_RULES: ReadonlySet<string> = new Set([
  'precedence-bulk',
  'precedence-list',
  'precedence-junk',
  'mailing-list',
  'gmail-promotions',
  'no-reply-sender',
]);

function headerRule(email: ParsedEmail, mailboxAddress: string): PrefilterDecision | null {
  // Cut before reading: a header may be 500 KB; the values compared here are a few characters.
  const h = (name: string) => clip(email.headers[name], TEXT_LIMITS.header);
  const from = clip(email.from?.address, TEXT_LIMITS.mailbox).toLowerCase();
  if (email.labelIds.includes('SPAM')) return { rule: 'gmail-spam', category: 'spam' };
  if (from && from === mailboxAddress.toLowerCase())
    return { rule: 'from-self', category: 'informational' };
  if (email.labelIds.includes('SENT') || email.labelIds.includes('DRAFT'))
    return { rule: 'own-message', category: 'informational' };
  const autoSubmitted = h('auto-submitted').trim().toLowerCase();
  if (autoSubmitted && autoSubmitted !== 'no')
    return { rule: 'auto-submitted', category: 'informational' };
  const precedence = h('precedence').trim().toLowerCase();
  if (precedence && ['bulk', 'list', 'junk'].includes(precedence))
    return { rule: `precedence-${precedence}`, category: 'informational' };
  if (h('list-id') || h('list-unsubscribe'))
    return { rule: 'mailing-list', category: 'informational' };
  if (email.labelIds.includes('CATEGORY_PROMOTIONS'))
    return { rule: 'gmail-promotions', category: 'informational' };
  const local = from.split('@')[0] ?? '';
  if (!from || NO_REPLY.test(local)) return { rule: 'no-reply-sender', category: 'informational' };
  return null;
}
