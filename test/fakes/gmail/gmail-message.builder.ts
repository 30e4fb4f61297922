import { randomBytes } from 'node:crypto';
import * as base64 from 'nodemailer/lib/base64';
import * as mimeFuncs from 'nodemailer/lib/mime-funcs';
import * as qp from 'nodemailer/lib/qp';
import { encodeCharset } from './gmail-fake.charset.js';

/**
 * Builders for RFC 822 messages as the Gmail fake receives them. Output is 7-bit ASCII unless
 * `transferEncoding: '8bit'` is asked for (UTF-8 only), so the string is also the exact bytes.
 */
export interface GmailAttachmentSpec {
  filename: string;
  contentType?: string;
  content: string | Buffer;
  /** inline parts carry a Content-ID and are referenced from HTML (multipart/related). */
  inline?: boolean;
}

export interface GmailMessageSpec {
  from?: string;
  to?: string;
  cc?: string;
  replyTo?: string;
  subject?: string;
  text?: string;
  html?: string;
  /** Charset of text parts and of the encoded subject (default utf-8). */
  charset?: string;
  /** '7bit' only for text whose bytes in `charset` are 7-bit (ASCII, ISO-2022-JP). */
  transferEncoding?: 'quoted-printable' | 'base64' | '8bit' | '7bit';
  headers?: Record<string, string>;
  attachments?: GmailAttachmentSpec[];
  inReplyTo?: string;
  references?: string | string[];
  messageId?: string;
  date?: Date;
}

const CRLF = '\r\n';

function boundary(tag: string): string {
  return `----=_${tag}_${randomBytes(6).toString('hex')}`;
}

/** RFC 2047 B-encoding in an arbitrary charset (nodemailer only writes UTF-8). */
export function encodeWordIn(text: string, charset: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return text;
  if (charset.toLowerCase() === 'utf-8') return mimeFuncs.encodeWords(text, 'B');
  return `=?${charset}?B?${encodeCharset(text, charset).toString('base64')}?=`;
}

function encodeAddressHeader(value: string): string {
  return /^[\x20-\x7e]*$/.test(value) ? value : mimeFuncs.encodeWords(value, 'Q');
}

function textPart(mime: string, content: string, spec: GmailMessageSpec): string {
  const charset = spec.charset ?? 'utf-8';
  const encoding = spec.transferEncoding ?? 'quoted-printable';
  if (encoding === '8bit' && charset.toLowerCase() !== 'utf-8') {
    throw new Error(
      '8bit bodies are only supported for utf-8 (a JS string cannot carry other bytes)',
    );
  }
  const bytes = encodeCharset(content, charset);
  if (encoding === '7bit' && bytes.some((b) => b > 0x7f))
    throw new Error(`7bit body with 8-bit bytes in ${charset}`);
  const body =
    encoding === 'base64'
      ? base64.wrap(base64.encode(bytes), 76)
      : encoding === '8bit'
        ? content
        : encoding === '7bit'
          ? bytes.toString('latin1')
          : qp.wrap(qp.encode(bytes), 76);
  return [
    `Content-Type: ${mime}; charset="${charset}"`,
    `Content-Transfer-Encoding: ${encoding}`,
    '',
    body,
  ].join(CRLF);
}

function attachmentPart(att: GmailAttachmentSpec): string {
  const name = encodeWordIn(att.filename, 'utf-8');
  const type = att.contentType ?? 'application/octet-stream';
  const lines = [
    `Content-Type: ${type}; name="${name}"`,
    `Content-Disposition: ${att.inline ? 'inline' : 'attachment'}; filename="${name}"`,
    'Content-Transfer-Encoding: base64',
  ];
  if (att.inline) lines.push(`Content-ID: <${att.filename.replace(/[^A-Za-z0-9.]/g, '')}@factory>`);
  const bytes = typeof att.content === 'string' ? Buffer.from(att.content, 'utf8') : att.content;
  return [...lines, '', base64.wrap(base64.encode(bytes), 76)].join(CRLF);
}

function multipart(subtype: string, parts: string[]): string {
  const b = boundary(subtype);
  const body = parts.map((p) => `--${b}${CRLF}${p}${CRLF}`).join('') + `--${b}--${CRLF}`;
  return [
    `Content-Type: multipart/${subtype}; boundary="${b}"`,
    '',
    'This is a multi-part message in MIME format.',
    body,
  ].join(CRLF);
}

function bodyEntity(spec: GmailMessageSpec): string {
  const hasText = spec.text !== undefined;
  const hasHtml = spec.html !== undefined;
  let content: string;
  if (hasText && hasHtml) {
    content = multipart('alternative', [
      textPart('text/plain', spec.text!, spec),
      textPart('text/html', spec.html!, spec),
    ]);
  } else if (hasHtml) content = textPart('text/html', spec.html!, spec);
  else content = textPart('text/plain', spec.text ?? 'Hello,\r\n\r\nJust checking in.\r\n', spec);
  const inline = (spec.attachments ?? []).filter((a) => a.inline);
  const attached = (spec.attachments ?? []).filter((a) => !a.inline);
  if (inline.length) content = multipart('related', [content, ...inline.map(attachmentPart)]);
  if (attached.length) content = multipart('mixed', [content, ...attached.map(attachmentPart)]);
  return content;
}

/** A complete RFC 822 message. Defaults describe a plain personal mail to alice@example.com. */
export function gmailMessage(spec: GmailMessageSpec = {}): string {
  const charset = spec.charset ?? 'utf-8';
  const references = Array.isArray(spec.references) ? spec.references.join(' ') : spec.references;
  const headers: [string, string | undefined][] = [
    ['Return-Path', `<${extractAddress(spec.from ?? 'bob@example.org')}>`],
    ['From', encodeAddressHeader(spec.from ?? 'Bob Sender <bob@example.org>')],
    ['To', encodeAddressHeader(spec.to ?? 'Alice <alice@example.com>')],
    ['Cc', spec.cc && encodeAddressHeader(spec.cc)],
    ['Reply-To', spec.replyTo && encodeAddressHeader(spec.replyTo)],
    ['Subject', encodeWordIn(spec.subject ?? 'Quick question', charset)],
    ['Date', (spec.date ?? new Date()).toUTCString().replace('GMT', '+0000')],
    ['Message-ID', spec.messageId ?? `<${randomBytes(8).toString('hex')}@example.org>`],
    ['In-Reply-To', spec.inReplyTo],
    ['References', references],
    ['MIME-Version', '1.0'],
    ...Object.entries(spec.headers ?? {}),
  ];
  const head = headers.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => `${k}: ${v}`);
  return head.join(CRLF) + CRLF + bodyEntity(spec);
}

function extractAddress(value: string): string {
  const open = value.indexOf('<');
  const close = open < 0 ? -1 : value.indexOf('>', open + 1);
  return close > open + 1 ? value.slice(open + 1, close) : value.trim();
}
