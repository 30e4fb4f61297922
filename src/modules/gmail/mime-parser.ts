import type { gmail_v1 } from 'googleapis';
import addressparser from 'nodemailer/lib/addressparser';
import { parseHeaderValue } from 'nodemailer/lib/mime-funcs';
import { AppError, ErrorCodes } from '../../core/errors/app-error.js';
import type { ParsedEmail } from './gmail-client.port.js';
import {
  decodeBase64Url,
  decodeBodyBytes,
  decodeWords,
  unescapeSnippet,
  withoutPartialUtf8Tail,
} from './mime-decode.js';
import { htmlToVisibleText } from './html-text.js';

/** Longest body text handed downstream; beyond this the LLM budget is blown anyway. */
export const MAX_TEXT_CHARS = 200_000;
/** Deeper trees are not legitimate mail; walking them is only a CPU sink. */
export const MAX_MIME_DEPTH = 20;
/**
 * Header values are cut to this before any decoding or parsing. Gmail accepts headers of several
 * hundred KB; a References chain of a hundred messages is about 6 KB.
 */
export const MAX_HEADER_CHARS = 16_384;
/**
 * A body part's base64 is decoded up to this (768 KiB of bytes): more than MAX_TEXT_CHARS of text
 * in any charset, and all the HTML conversion reads (html-text.ts). Gmail delivers parts of many MB.
 */
const MAX_BODY_BASE64 = 1_048_576;
/** Gmail's snippets are about 200 characters; anything longer is not a snippet. */
const MAX_SNIPPET_CHARS = 1_000;
/** How much of an over-long From is read from its end to find the sender's address. */
const MAX_SENDER_TAIL = 1_024;

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
  const data = leaf.part.body?.data ?? '';
  const over = data.length > MAX_BODY_BASE64;
  const bytes = decodeBase64Url(over ? data.slice(0, MAX_BODY_BASE64) : data);
  return decodeBodyBytes(over ? withoutPartialUtf8Tail(bytes) : bytes, leaf.charset);
}

function bodyText(leaves: Leaf[]): { text: string; fromHtml: boolean; hiddenText?: true } {
  const inline = leaves.filter((l) => !l.isAttachment);
  const plain = inline
    .filter((l) => l.mimeType === 'text/plain')
    .map(leafText)
    .filter((t) => t.trim() !== '');
  // Some senders ship an empty text/plain alternative next to the real HTML; fall through then.
  if (plain.length) return { text: plain.join('\n\n'), fromHtml: false };
  const html = inline
    .filter((l) => l.mimeType === 'text/html')
    .map((l) => htmlToVisibleText(leafText(l)));
  if (html.length) {
    const text = html.map((h) => h.text).join('\n\n');
    return html.some((h) => h.hiddenText)
      ? { text, fromHtml: true, hiddenText: true }
      : { text, fromHtml: true };
  }
  return { text: '', fromHtml: false };
}

/** Parses an address header from its raw form; names are decoded per address (see why below). */
export function parseAddresses(raw: string | undefined): Address[] {
  if (!raw) return [];
  const over = raw.length > MAX_HEADER_CHARS;
  // Decode after splitting: a decoded name may contain commas or quotes that would split wrongly.
  let list: { name: string; address: string }[];
  try {
    list = addressparser(over ? raw.slice(0, MAX_HEADER_CHARS) : raw, { flatten: true });
  } catch {
    return [];
  }
  // The cut may fall inside the last address, which would then read as another address.
  if (over) list.pop();
  const out: Address[] = [];
  for (const entry of list) {
    const address = (entry.address ?? '').trim();
    if (!address.includes('@')) continue;
    const name = oneLine(decodeWords(entry.name ?? ''));
    out.push(name ? { name, address } : { address });
  }
  return out;
}

/**
 * The sender's addresses (From, Reply-To). A header too long to parse whole (a display name of
 * hundreds of KB) that yields nothing from its head gives its last address, read from the end.
 * Both headers are the sender's own claim, so reading them from the tail lets no one pose as
 * anyone they could not name there directly. (To and Cc are never read that way: they decide
 * what a recipient has seen.)
 */
function senderAddresses(raw: string | undefined): Address[] {
  const head = parseAddresses(raw);
  if (head.length || !raw || raw.length <= MAX_HEADER_CHARS) return head;
  const tail = raw.slice(-MAX_SENDER_TAIL);
  // Not addressparser: a quote opened before the cut would swallow the address.
  const close = tail.lastIndexOf('>');
  const address = tail.slice(tail.lastIndexOf('<', close) + 1, close).trim();
  // A copy: the slice would keep the whole oversized header alive wherever the message is kept.
  return close > 0 && /^[^\s@<>"]+@[^\s@<>"]+$/.test(address)
    ? [{ address: detached(address) }]
    : [];
}

function keptHeaders(root: Part): Record<string, string> {
  const kept: Record<string, string> = {};
  const wanted = new Set<string>(KEPT_HEADERS);
  for (const h of root.headers ?? []) {
    const key = h.name?.toLowerCase();
    // First occurrence wins: a forged duplicate further down must not override the real one.
    if (!key || !wanted.has(key) || key in kept) continue;
    kept[key] = oneLine(decodeWords(cut(h.value ?? '', MAX_HEADER_CHARS)));
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
  const { text, fromHtml, hiddenText } = bodyText(leaves);
  const rawHeader = (name: string) => headerOf(root, name);
  const headers = keptHeaders(root);
  return {
    id: message.id ?? '',
    threadId: message.threadId ?? '',
    labelIds: message.labelIds ?? [],
    historyId: message.historyId ?? undefined,
    headers,
    from: senderAddresses(rawHeader('from'))[0] ?? null,
    replyTo: senderAddresses(rawHeader('reply-to')),
    to: parseAddresses(rawHeader('to')),
    cc: parseAddresses(rawHeader('cc')),
    subject: headers.subject ?? '',
    receivedAt: receivedAt(message, headers.date),
    text: cut(text, MAX_TEXT_CHARS),
    fromHtml,
    ...(hiddenText ? { hiddenText } : {}),
    attachments: leaves
      .filter((l) => l.isAttachment)
      .map((l) => ({ filename: l.filename, mimeType: l.mimeType, size: l.part.body?.size ?? 0 })),
    snippet: unescapeSnippet((message.snippet ?? '').slice(0, MAX_SNIPPET_CHARS)),
  };
}

/**
 * The first `max` characters as a string of their own. V8 keeps a slice's whole parent alive, and
 * parsed messages are cached by their counted size (MessageCache): a cut of a long body or header
 * must not hold the uncut original.
 */
export function cut(text: string, max: number): string {
  return text.length <= max ? text : detached(text.slice(0, max));
}

/** The same characters in a string of their own, referring to no other string's memory. */
function detached(text: string): string {
  return Buffer.from(text, 'utf16le').toString('utf16le');
}
