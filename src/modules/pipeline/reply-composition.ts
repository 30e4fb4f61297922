import type { EmailForLlm, ReplyNote } from '../llm/llm-provider.port.js';
import { noteLinks } from '../llm/owner-texts-prompt.js';
import { enforceReplySafety } from '../llm/reply-safety.js';
import type { MailboxRow } from '../persistence/database/database.js';
import type { EffectiveSettings } from './effective-settings.js';

/**
 * The steps a reply goes through around the model, shared by the pipeline's generate stage and
 * the settings preview so the preview shows what a draft would really hold.
 */

/**
 * Who the model writes as. With a signature below the reply, the model signs off without a name
 * (prompts.ts names whoever it is given here); the owner's name still reaches it in the
 * preferences block.
 */
export function replyAuthor(
  settings: EffectiveSettings,
  mailbox: Pick<MailboxRow, 'emailAddress' | 'displayName'>,
): string {
  if (settings.signature) return mailbox.emailAddress;
  const name = settings.owner.name ?? mailbox.displayName;
  return name ? `${name} <${mailbox.emailAddress}>` : mailbox.emailAddress;
}

/**
 * The model's text made safe to put in a draft, then signed. Links and numbers it may repeat:
 * only those visible in the message being answered (quoted history and hidden HTML excluded),
 * never ones from elsewhere in the thread or from the owner's sent mail; and the links of the
 * notes that were in the prompt. The owner's signature goes below the checked reply: it is
 * theirs, and may carry their own links and numbers, which the filter would take out of a
 * model's text.
 */
export function checkedReply(
  text: string,
  context: {
    original: EmailForLlm;
    notes: ReplyNote[];
    maxWords: number;
    signature: string | null | undefined;
  },
): string {
  const safe = enforceReplySafety(text, {
    originalText: `${context.original.subject}\n${context.original.body}`,
    allowedLinks: noteLinks(context.notes),
    allowNewLinks: false,
    maxWords: context.maxWords,
  });
  return context.signature ? withSignature(safe.text, context.signature) : safe.text;
}

/** The reply, then the conventional "-- " separator line and the signature. */
export function withSignature(reply: string, signature: string): string {
  return `${reply.trimEnd()}\n\n-- \n${signature.trim()}`;
}
