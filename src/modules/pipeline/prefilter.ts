import type { EmailCategory } from '../llm/llm-provider.port.js';
import type { ParsedEmail } from '../gmail/gmail-client.port.js';
import { clip, TEXT_LIMITS } from '../llm/untrusted-text.js';

export interface PrefilterDecision {
  rule: string;
  category: EmailCategory;
}

const NO_REPLY =
  /^(no[-_.]?reply|do[-_.]?not[-_.]?reply|noreply|mailer-daemon|postmaster|bounce[s]?|notifications?)([+@-]|$)/i;

/**
 * Mail that must never get an AI draft, decided from headers and labels alone (no LLM call,
 * no cost, no prompt-injection surface). Order matters: the first matching rule is recorded.
 */
export function prefilter(email: ParsedEmail, mailboxAddress: string): PrefilterDecision | null {
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
