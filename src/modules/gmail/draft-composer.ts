import { Injectable } from '@nestjs/common';
import MailComposer from 'nodemailer/lib/mail-composer';
import type MimeNode from 'nodemailer/lib/mime-node';

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
  /**
   * A line addressed to the mailbox owner (e.g. where the reply really goes), put above the
   * reply so it is the first thing read when the draft is opened. Never part of what the model
   * wrote or of what is stored as the reply.
   */
  ownerNote?: string;
}

/** Header carrying the idempotency marker; the parser keeps it lower-cased. */
export const MARKER_HEADER = 'X-AI-Assistant-Marker';
/** Most ids kept in References; RFC 5322 suggests trimming long chains, keeping the first. */
export const MAX_REFERENCES = 20;
/**
 * Longest subject written into the reply, and longest message id carried over (RFC 5322's line
 * limit; real ids are under 250). The sender controls both, and nodemailer's encoding and
 * folding of a huge subject would tie up a worker.
 */
export const MAX_SUBJECT_CHARS = 998;
const MAX_ID_CHARS = 998;
/** Display names are cut to this: a sender's name can be a whole header long. */
const MAX_NAME_CHARS = 200;

// A run of "Re:", "RE :", "Re[2]:", German "Aw:", Scandinavian "Sv:", Dutch "Antw:". Not "Fwd:":
// a reply to a forward is legitimately "Re: Fwd: ...". Each whitespace run has one quantifier
// that may take it, so matching is linear.
const REPLY_PREFIXES = /^(?:\s*(?:re|aw|sv|antw)\s*(?:\[\d+\]\s*)?:)+/i;
/** Prefixes are looked for in this much of a subject (the subject itself is kept whole). */
const PREFIX_SCAN_CHARS = 1000;

export function replySubject(original: string): string {
  const line = original.replace(/[\r\n]+/g, ' ').trim();
  const prefixes = REPLY_PREFIXES.exec(line.slice(0, PREFIX_SCAN_CHARS))?.[0].length ?? 0;
  const subject = line.slice(prefixes, prefixes + MAX_SUBJECT_CHARS).trim();
  return subject ? `Re: ${subject}` : 'Re:';
}

function messageIds(value: string | undefined): string[] {
  return (value?.match(/<[^<>\s]+>/g) ?? []).filter((id) => id.length <= MAX_ID_CHARS);
}

/** The id in angle brackets; undefined for an id too long to be a real one. */
function bracket(id: string): string | undefined {
  const trimmed = id.trim();
  const bracketed = trimmed.startsWith('<') ? trimmed : `<${trimmed}>`;
  return bracketed.length <= MAX_ID_CHARS ? bracketed : undefined;
}

/** Original References + original Message-ID, de-duplicated, trimmed to the first + latest ids. */
export function replyReferences(
  originalReferences: string | undefined,
  originalMessageId: string | undefined,
): string[] {
  const ids = messageIds(originalReferences);
  const own = originalMessageId && bracket(originalMessageId);
  if (own) ids.push(own);
  // A Set, not indexOf: a hostile References header may hold tens of thousands of ids.
  const unique = [...new Set(ids)];
  if (unique.length <= MAX_REFERENCES) return unique;
  return [unique[0]!, ...unique.slice(unique.length - (MAX_REFERENCES - 1))];
}

/**
 * Builds the RFC 2822 reply that goes into a Gmail draft. Gmail threads a draft only when its
 * In-Reply-To/References point into the thread and the subject matches, hence the care here.
 */
@Injectable()
export class DraftComposer {
  /** The reply as RFC 2822 text (Date and Message-ID set now), written by nodemailer's build(). */
  async compose(spec: ReplyDraftSpec): Promise<string> {
    return (await this.compile(spec).build()).toString('utf8');
  }

  /**
   * nodemailer's message tree for the reply: nodemailer formats and encodes the headers
   * (addresses, RFC 2047 words, folding, Date, Message-ID) and the body.
   */
  compile(spec: ReplyDraftSpec): MimeNode {
    if (!/^[A-Za-z0-9._:@-]{1,200}$/.test(spec.marker)) {
      throw new Error('Draft marker must be a short ASCII token');
    }
    const references = replyReferences(spec.originalReferences, spec.originalMessageId);
    return new MailComposer({
      from: boundedName(spec.from),
      to: spec.to.map(boundedName),
      cc: spec.cc && spec.cc.length ? spec.cc.map(boundedName) : undefined,
      subject: replySubject(spec.originalSubject),
      inReplyTo: spec.originalMessageId ? bracket(spec.originalMessageId) : undefined,
      references: references.length ? references : undefined,
      headers: { [MARKER_HEADER]: spec.marker },
      text: draftBody(spec),
      textEncoding: 'quoted-printable',
      // Deterministic-enough header set: no X-Mailer advertising the library.
      xMailer: false,
    }).compile();
  }
}

function boundedName(a: MailAddress): MailAddress {
  return a.name && a.name.length > MAX_NAME_CHARS
    ? { ...a, name: a.name.slice(0, MAX_NAME_CHARS) }
    : a;
}

/** The owner's note, one line, then a blank line and the reply. */
function draftBody(spec: ReplyDraftSpec): string {
  const note = spec.ownerNote?.replace(/[\r\n\u2028\u2029]+/g, ' ').trim();
  return note ? `${note}\n\n${spec.text}` : spec.text;
}
