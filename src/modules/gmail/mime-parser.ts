import type { gmail_v1 } from 'googleapis';
import { convert } from 'html-to-text';
import addressparser from 'nodemailer/lib/addressparser';
import { parseHeaderValue } from 'nodemailer/lib/mime-funcs';
import sanitizeHtml from 'sanitize-html';
import { AppError, ErrorCodes } from '../../core/errors/app-error';
import type { ParsedEmail } from './gmail-client.port';
import { decodeBase64Url, decodeBodyBytes, decodeWords, unescapeSnippet } from './mime-decode';
import { HIDDEN_MARKER, markHidden } from './hidden-html';
import { flattenHtml, nestsDeeperThan } from './html-strip';

/** Longest body text handed downstream; beyond this the LLM budget is blown anyway. */
export const MAX_TEXT_CHARS = 200_000;
/** Deeper trees are not legitimate mail; walking them is only a CPU sink. */
export const MAX_MIME_DEPTH = 20;
/** HTML bigger than this is cut before conversion so one message cannot hog a worker. */
const MAX_HTML_INPUT = 2_000_000;

/** Headers the pipeline reads (threading, loop and bulk detection, our own marker). */
export const KEPT_HEADERS = [
  'message-id',
  'references',
  'in-reply-to',
  'list-id',
  'list-unsubscribe',
  'auto-submitted',
  'precedence',
  'reply-to',
  'from',
  'to',
  'cc',
  'subject',
  'date',
  'return-path',
  'x-ai-assistant-marker',
] as const;

type Address = { name?: string; address: string };

/** Encoded-words can smuggle CR/LF into a decoded header; downstream may echo it into new mail. */
function oneLine(value: string): string {
  return value.replace(/[\r\n\t\0]+/g, ' ').trim();
}
type Part = gmail_v1.Schema$MessagePart;

interface Leaf {
  part: Part;
  mimeType: string;
  charset?: string;
  filename: string;
  isAttachment: boolean;
}

function headerOf(part: Part, name: string): string | undefined {
  return part.headers?.find((h) => h.name?.toLowerCase() === name)?.value ?? undefined;
}

/** Leaves of the MIME tree in document order, depth-limited, never recursing on the stack. */
function collectLeaves(root: Part): Leaf[] {
  const leaves: Leaf[] = [];
  const stack: { part: Part; depth: number }[] = [{ part: root, depth: 0 }];
  while (stack.length) {
    const { part, depth } = stack.pop()!;
    if (depth > MAX_MIME_DEPTH) continue;
    const contentType = parseHeaderValue(headerOf(part, 'content-type') ?? '');
    const mimeType = (
      part.mimeType ||
      String(contentType.value || '') ||
      'text/plain'
    ).toLowerCase();
    if (mimeType.startsWith('multipart/') || (part.parts && part.parts.length)) {
      const children = part.parts ?? [];
      for (let i = children.length - 1; i >= 0; i--)
        stack.push({ part: children[i]!, depth: depth + 1 });
      continue;
    }
    const disposition = parseHeaderValue(headerOf(part, 'content-disposition') ?? '');
    const rawName = part.filename || disposition.params.filename || contentType.params.name || '';
    const filename = decodeWords(String(rawName));
    const isAttachment =
      filename !== '' ||
      String(disposition.value || '').toLowerCase() === 'attachment' ||
      !!part.body?.attachmentId;
    leaves.push({ part, mimeType, charset: contentType.params.charset, filename, isAttachment });
  }
  return leaves;
}

function leafText(leaf: Leaf): string {
  return decodeBodyBytes(decodeBase64Url(leaf.part.body?.data), leaf.charset);
}

/**
 * Elements nested deeper than this take the linear fallback: html-to-text recurses per level
 * (RangeError from about 2,500) and sanitize-html slows with the square of the depth. Real mail,
 * nested layout tables included, stays far below.
 */
export const MAX_HTML_NESTING = 256;

/**
 * HTML → plain text: scripts/styles and hidden elements dropped, link targets kept so later
 * checks can see them. Never throws: HTML the full conversion cannot take (too deep, or any
 * failure of it) is reduced to its text by the linear scanner instead (html-strip.ts), so the
 * email is still triaged instead of dead-lettered.
 */
export function htmlToText(html: string): string {
  const bounded = html.slice(0, MAX_HTML_INPUT);
  if (nestsDeeperThan(bounded, MAX_HTML_NESTING)) return plainText(bounded);
  try {
    return richText(bounded);
  } catch {
    return plainText(bounded);
  }
}

/** The fallback: text runs and line breaks only; html-to-text just decodes the entities. */
function plainText(html: string): string {
  return convert(flattenHtml(html), {
    wordwrap: false,
    limits: { maxInputLength: MAX_HTML_INPUT },
  }).trim();
}

function richText(html: string): string {
  const clean = sanitizeHtml(html, {
    allowedTags: sanitizeHtml.defaults.allowedTags.concat(['img']),
    allowedAttributes: { a: ['href'], img: ['alt'], '*': [HIDDEN_MARKER] },
    nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'head', 'title', 'template'],
    // Text the recipient never sees (display:none etc.) is not part of the email (hidden-html.ts).
    transformTags: { '*': markHidden },
    exclusiveFilter: (frame) => HIDDEN_MARKER in frame.attribs,
  });
  return convert(clean, {
    wordwrap: false,
    limits: { maxInputLength: MAX_HTML_INPUT },
    selectors: [
      { selector: 'a', options: { hideLinkHrefIfSameAsText: true, linkBrackets: ['[', ']'] } },
      { selector: 'img', format: 'skip' },
      { selector: 'h1', options: { uppercase: false } },
      { selector: 'h2', options: { uppercase: false } },
      { selector: 'h3', options: { uppercase: false } },
      { selector: 'table', format: 'dataTable' },
    ],
  }).trim();
}

function bodyText(leaves: Leaf[]): { text: string; fromHtml: boolean } {
  const inline = leaves.filter((l) => !l.isAttachment);
  const plain = inline
    .filter((l) => l.mimeType === 'text/plain')
    .map(leafText)
    .filter((t) => t.trim() !== '');
  // Some senders ship an empty text/plain alternative next to the real HTML; fall through then.
  if (plain.length) return { text: plain.join('\n\n'), fromHtml: false };
  const html = inline.filter((l) => l.mimeType === 'text/html').map((l) => htmlToText(leafText(l)));
  if (html.length) return { text: html.join('\n\n'), fromHtml: true };
  return { text: '', fromHtml: false };
}

/** Parses an address header from its raw form; names are decoded per address (see why below). */
export function parseAddresses(raw: string | undefined): Address[] {
  if (!raw) return [];
  // Decode after splitting: a decoded name may contain commas or quotes that would split wrongly.
  let list: { name: string; address: string }[];
  try {
    list = addressparser(raw, { flatten: true });
  } catch {
    return [];
  }
  const out: Address[] = [];
  for (const entry of list) {
    const address = (entry.address ?? '').trim();
    if (!address.includes('@')) continue;
    const name = oneLine(decodeWords(entry.name ?? ''));
    out.push(name ? { name, address } : { address });
  }
  return out;
}

function keptHeaders(root: Part): Record<string, string> {
  const kept: Record<string, string> = {};
  const wanted = new Set<string>(KEPT_HEADERS);
  for (const h of root.headers ?? []) {
    const key = h.name?.toLowerCase();
    // First occurrence wins: a forged duplicate further down must not override the real one.
    if (!key || !wanted.has(key) || key in kept) continue;
    kept[key] = oneLine(decodeWords(h.value ?? ''));
  }
  return kept;
}

function receivedAt(message: gmail_v1.Schema$Message, dateHeader: string | undefined): Date {
  const internal = Number(message.internalDate);
  if (message.internalDate && Number.isFinite(internal)) return new Date(internal);
  const parsed = dateHeader ? Date.parse(dateHeader) : NaN;
  return new Date(Number.isFinite(parsed) ? parsed : 0);
}

/** Gmail `format=full` message → ParsedEmail. Throws only when there is no payload at all. */
export function parseGmailMessage(message: gmail_v1.Schema$Message): ParsedEmail {
  const root = message.payload;
  if (!root || typeof root !== 'object') {
    throw new AppError(
      ErrorCodes.GMAIL_BAD_REQUEST,
      `Gmail message ${message.id ?? '?'} has no payload`,
      {
        status: 502,
        details: { messageId: message.id },
      },
    );
  }
  const leaves = collectLeaves(root);
  const { text, fromHtml } = bodyText(leaves);
  const rawHeader = (name: string) => headerOf(root, name);
  const headers = keptHeaders(root);
  return {
    id: message.id ?? '',
    threadId: message.threadId ?? '',
    labelIds: message.labelIds ?? [],
    historyId: message.historyId ?? undefined,
    headers,
    from: parseAddresses(rawHeader('from'))[0] ?? null,
    replyTo: parseAddresses(rawHeader('reply-to')),
    to: parseAddresses(rawHeader('to')),
    cc: parseAddresses(rawHeader('cc')),
    subject: headers.subject ?? '',
    receivedAt: receivedAt(message, headers.date),
    text: text.length > MAX_TEXT_CHARS ? text.slice(0, MAX_TEXT_CHARS) : text,
    fromHtml,
    attachments: leaves
      .filter((l) => l.isAttachment)
      .map((l) => ({ filename: l.filename, mimeType: l.mimeType, size: l.part.body?.size ?? 0 })),
    snippet: unescapeSnippet(message.snippet ?? ''),
  };
}
