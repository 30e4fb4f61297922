import { createHash } from 'node:crypto';
import type { EmailForLlm } from '../llm/llm-provider.port.js';

/**
 * Key of the shared classification cache: identical content is classified once across
 * mailboxes; content that differs in any way the classifier could read never shares a verdict.
 *
 * The key is sha256 over a versioned JSON array of, in order:
 *   1. the key version (CACHE_KEY_VERSION: bump it when this definition changes);
 *   2. the classifier: provider chain, models and a hash of the static classify instructions
 *      (LlmService.classifierId), so a new model or prompt starts a new cache;
 *   3. the mailbox's classify preferences block ('' without triage settings): a verdict under one
 *      owner's triage rules never answers for another's;
 *   4. the sender (From as the prompt shows it: display name and address);
 *   5. the subject;
 *   6. the headers the prompt shows that the sender sets for every copy alike (Reply-To,
 *      List-Id, Precedence, Auto-Submitted, X-Autoreply), by lower-case name, sorted, and whether
 *      a List-Unsubscribe header is present (its value carries per-recipient tokens);
 *   7. whether the HTML hid text from its reader;
 *   8. the body: the cleaned text the classifier reads, already cut to the token budget.
 * Every text is NFKC-normalised, each run of whitespace made one space, and trimmed: forms that
 * read the same to a model hash the same, any other difference (a character, a link, a name)
 * gives another key.
 *
 * Left out on purpose: To (the same mailing reaches each mailbox addressed to it), Gmail labels
 * (per-mailbox state such as UNREAD or IMPORTANT; SPAM, SENT, DRAFT and Promotions are settled
 * by the pre-filter before any classification) and List-Unsubscribe's value.
 *
 * The inputs are bounded before they get here (toLlmEmail clips every field); hashing is linear.
 */
export const CACHE_KEY_VERSION = 1;

/** Headers the prompt shows whose value is the same in every recipient's copy. */
const SHARED_HEADERS = ['reply-to', 'list-id', 'precedence', 'auto-submitted', 'x-autoreply'];

export function classificationCacheKey(
  email: EmailForLlm,
  classifierId: string,
  mailboxPart = '',
): Buffer {
  const headers: [string, string][] = [];
  let listUnsubscribe = false;
  for (const [name, value] of Object.entries(email.headers ?? {})) {
    const key = name.toLowerCase();
    if (key === 'list-unsubscribe') listUnsubscribe = true;
    else if (SHARED_HEADERS.includes(key)) headers.push([key, normalise(value)]);
  }
  headers.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const material = JSON.stringify([
    CACHE_KEY_VERSION,
    classifierId,
    normalise(mailboxPart),
    normalise(email.from),
    normalise(email.subject),
    headers,
    listUnsubscribe,
    email.hiddenText === true,
    normalise(email.body),
  ]);
  return createHash('sha256').update(material, 'utf8').digest();
}

const WHITESPACE = /\s+/gu;

function normalise(text: string): string {
  return text.normalize('NFKC').replace(WHITESPACE, ' ').trim();
}
