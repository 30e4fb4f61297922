import libmime from 'libmime';
import type { gmail_v1 } from 'googleapis';
import { headerValue } from './gmail-fake.mime.js';
import { gmailMessage } from './gmail-message.builder.js';
import type { FakeMailbox, FakeMessage } from './gmail-fake.store.js';

/**
 * The mailbox owner at work in Gmail's web UI, for tests and the demo: what they do with the
 * drafts the service leaves, with Gmail's effects on messages, drafts and history (see
 * FakeMailbox.sendDraft, replaceDraft, deleteDraft). Called on the fake directly, never through
 * the service.
 */
export class GmailPerson {
  constructor(private readonly mb: FakeMailbox) {}

  /** Opens the draft and presses Send without touching it. */
  sendDraft(draftId: string): FakeMessage {
    const sent = this.mb.sendDraft(draftId);
    if (!sent) throw new Error(`GmailPerson: no draft ${draftId}`);
    return sent;
  }

  /**
   * Rewrites the draft's text (Gmail saves the edit as a new draft message), then sends it. The
   * compose window quotes the mail being answered below the reply, as Gmail does.
   */
  editAndSend(draftId: string, edit: (text: string) => string): FakeMessage {
    const { message, threadId } = this.draft(draftId);
    this.mb.replaceDraft(draftId, this.rewrite(message, edit(bodyText(message))), threadId);
    return this.sendDraft(draftId);
  }

  /** Discards the draft (the trash-can button of the compose window). */
  discardDraft(draftId: string): void {
    if (!this.mb.deleteDraft(draftId)) throw new Error(`GmailPerson: no draft ${draftId}`);
  }

  /** Discards the AI draft and answers in the thread with a reply of their own. */
  replyInstead(draftId: string, text: string): FakeMessage {
    const { message, threadId } = this.draft(draftId);
    const raw = this.rewrite(message, text);
    this.discardDraft(draftId);
    return this.mb.insert(raw, ['SENT'], { threadId });
  }

  private draft(draftId: string): { message: FakeMessage; threadId: string } {
    const draft = this.mb.drafts.get(draftId);
    const message = draft && this.mb.messages.get(draft.messageId);
    if (!draft || !message) throw new Error(`GmailPerson: no draft ${draftId}`);
    return { message, threadId: draft.threadId };
  }

  /** The draft's headers around new text, and the quoted original below, as Gmail writes it. */
  private rewrite(draft: FakeMessage, text: string): Buffer {
    const header = (name: string) => headerValue(draft.parsed.headers, name);
    const inReplyTo = header('in-reply-to');
    const original = inReplyTo ? this.byRfcId(inReplyTo) : undefined;
    const quote = original
      ? `\n\nOn ${new Date(original.internalDate).toUTCString()}, ${libmime.decodeWords(
          headerValue(original.parsed.headers, 'from') ?? '',
        )} wrote:\n${bodyText(original)
          .split('\n')
          .map((line) => `> ${line}`)
          .join('\n')}`
      : '';
    return Buffer.from(
      gmailMessage({
        from: libmime.decodeWords(header('from') ?? this.mb.email),
        to: libmime.decodeWords(header('to') ?? ''),
        subject: draft.subject,
        inReplyTo,
        references: header('references'),
        text: `${text}${quote}`,
      }),
    );
  }

  private byRfcId(rfcId: string): FakeMessage | undefined {
    const id = rfcId.trim();
    return [...this.mb.messages.values()].find((m) => m.rfcMessageId === id);
  }
}

/** The text/plain body of a stored message, as its reader sees it. */
export function bodyText(message: FakeMessage): string {
  const part = textPart(message.parsed.payload);
  return part?.body?.data ? Buffer.from(part.body.data, 'base64url').toString('utf8') : '';
}

function textPart(part: gmail_v1.Schema$MessagePart): gmail_v1.Schema$MessagePart | undefined {
  if (part.mimeType === 'text/plain') return part;
  for (const child of part.parts ?? []) {
    const found = textPart(child);
    if (found) return found;
  }
  return undefined;
}
