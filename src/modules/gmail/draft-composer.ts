import { Injectable } from '@nestjs/common';
import MailComposer from 'nodemailer/lib/mail-composer';

export interface MailAddress {
  name?: string;
  address: string;
}

export interface ReplyDraftSpec {
  /** The mailbox the draft lives in (the reply's sender). */
  from: MailAddress;
  to: MailAddress[];
  cc?: MailAddress[];
  originalSubject: string;
  /** Message-ID header of the mail being answered, with or without angle brackets. */
  originalMessageId?: string;
  /** References header of the mail being answered. */
  originalReferences?: string;
  /** Idempotency marker: lets a retry find a draft created before a crash. ASCII token. */
  marker: string;
  text: string;
}

/** Header carrying the idempotency marker; the parser keeps it lower-cased. */
export const MARKER_HEADER = 'X-AI-Assistant-Marker';
/** Most ids kept in References; RFC 5322 suggests trimming long chains, keeping the first. */
export const MAX_REFERENCES = 20;

// "Re:", "RE :", "Re[2]:", German "Aw:", Scandinavian "Sv:", Dutch "Antw:". Not "Fwd:": a reply
// to a forward is legitimately "Re: Fwd: ...".
const REPLY_PREFIX = /^\s*(re|aw|sv|antw)\s*(\[\d+\])?\s*:\s*/i;

export function replySubject(original: string): string {
  let subject = original.replace(/[\r\n]+/g, ' ').trim();
  for (let prev = ''; prev !== subject;) {
    prev = subject;
    subject = subject.replace(REPLY_PREFIX, '');
  }
  return subject ? `Re: ${subject}` : 'Re:';
}

function messageIds(value: string | undefined): string[] {
  return value?.match(/<[^<>\s]+>/g) ?? [];
}

function bracket(id: string): string {
  const trimmed = id.trim();
  return trimmed.startsWith('<') ? trimmed : `<${trimmed}>`;
}

/** Original References + original Message-ID, de-duplicated, trimmed to the first + latest ids. */
export function replyReferences(
  originalReferences: string | undefined,
  originalMessageId: string | undefined,
): string[] {
  const ids = messageIds(originalReferences);
  if (originalMessageId) ids.push(bracket(originalMessageId));
  const unique = ids.filter((id, i) => ids.indexOf(id) === i);
  if (unique.length <= MAX_REFERENCES) return unique;
  return [unique[0]!, ...unique.slice(unique.length - (MAX_REFERENCES - 1))];
}

/**
 * Builds the RFC 2822 reply that goes into a Gmail draft. Gmail threads a draft only when its
 * In-Reply-To/References point into the thread and the subject matches, hence the care here.
 */
@Injectable()
export class DraftComposer {
  async compose(spec: ReplyDraftSpec): Promise<string> {
    if (!/^[A-Za-z0-9._:@-]{1,200}$/.test(spec.marker)) {
      throw new Error('Draft marker must be a short ASCII token');
    }
    const references = replyReferences(spec.originalReferences, spec.originalMessageId);
    const composer = new MailComposer({
      from: spec.from,
      to: spec.to,
      cc: spec.cc && spec.cc.length ? spec.cc : undefined,
      subject: replySubject(spec.originalSubject),
      inReplyTo: spec.originalMessageId ? bracket(spec.originalMessageId) : undefined,
      references: references.length ? references : undefined,
      headers: { [MARKER_HEADER]: spec.marker },
      text: spec.text,
      textEncoding: 'quoted-printable',
      // Deterministic-enough header set: no X-Mailer advertising the library.
      xMailer: false,
    });
    const buffer = await composer.compile().build();
    return buffer.toString('utf8');
  }
}
