import type { gmail_v1 } from 'googleapis';
import { decodeBytes, decodeWords } from '../../src/modules/gmail/mime-decode.js';
import type { GmailFake } from '../../test/fakes/gmail/gmail.fake.js';

/** A draft as the mailbox owner would find it in Gmail: recipients and visible text. */
export interface DraftView {
  id: string;
  threadId: string;
  to: string[];
  cc: string[];
  bcc: string[];
  inReplyTo?: string;
  subject: string;
  text: string;
}

/** Tokens with an "@" inside (not first or last): a token scan, not a quadratic regex search. */
function addresses(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[\s<>,;"]+/)
    .filter((token) => {
      const at = token.indexOf('@', 1);
      return at > 0 && at < token.length - 1;
    })
    .map((a) => a.toLowerCase());
}

function textOf(part: gmail_v1.Schema$MessagePart): string {
  if (part.parts?.length) return part.parts.map(textOf).join('\n');
  if (!part.mimeType?.startsWith('text/') || !part.body?.data) return '';
  const charset = /charset="?([^";]+)/i.exec(
    part.headers?.find((h) => h.name?.toLowerCase() === 'content-type')?.value ?? '',
  )?.[1];
  return decodeBytes(Buffer.from(part.body.data, 'base64url'), charset);
}

export function draftsOf(gmail: GmailFake, owner: string): DraftView[] {
  return gmail.drafts(owner).map((d) => {
    const headers = d.message.parsed.headers;
    const header = (name: string) => headers.find((h) => h.name.toLowerCase() === name)?.value;
    return {
      id: d.id,
      threadId: d.message.threadId,
      to: addresses(header('to')),
      cc: addresses(header('cc')),
      bcc: addresses(header('bcc')),
      inReplyTo: header('in-reply-to'),
      subject: decodeWords(header('subject') ?? ''),
      text: textOf(d.message.parsed.payload),
    };
  });
}

/** The address a reply must go to: Reply-To when set, else From. */
export function replyAddressOf(message: { from?: string; replyTo?: string }): string {
  return addresses(message.replyTo ?? message.from)[0] ?? '';
}
