import { createHash } from 'node:crypto';
import type { gmail_v1 } from 'googleapis';
import libmime from 'libmime';
import { decodeCharset, decodeQp } from './gmail-fake.charset.js';

/**
 * How `format=full` hands over text bodies. Two Gmail API clients report that Gmail converts
 * them to UTF-8 while the part's Content-Type keeps the original charset ('converted', the
 * default); 'original' keeps the sent bytes (as `format=raw` does). Not verified against real
 * Gmail here: the production parser must read both (see README, EXTERNAL-APIS notes).
 */
export type TextBodies = 'converted' | 'original';

/**
 * RFC 822 bytes → Gmail `payload` tree, the way Gmail presents a stored message: header values
 * unfolded but otherwise verbatim, transfer encoding removed, text bodies as `textBodies` says
 * (base64url in body.data), parts with a filename exposed only by attachmentId.
 */
export interface ParsedRaw {
  payload: gmail_v1.Schema$MessagePart;
  headers: { name: string; value: string }[];
  /** Attachment bytes by attachmentId (so a later messages.attachments.get could serve them). */
  attachments: Map<string, Buffer>;
  snippet: string;
}

const MAX_DEPTH = 30;

function splitHeadBody(raw: Buffer): { head: string; body: Buffer } {
  const text = raw.toString('latin1');
  const m = /\r?\n\r?\n/.exec(text);
  if (!m) return { head: text, body: Buffer.alloc(0) };
  return { head: text.slice(0, m.index), body: raw.subarray(m.index + m[0].length) };
}

function parseHeaders(head: string): { name: string; value: string }[] {
  const out: { name: string; value: string }[] = [];
  for (const line of head.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && out.length) {
      out[out.length - 1]!.value += ' ' + line.trim();
      continue;
    }
    const idx = line.indexOf(':');
    if (idx <= 0) continue;
    out.push({ name: line.slice(0, idx).trim(), value: line.slice(idx + 1).trim() });
  }
  // Header bytes are latin1 here; 8-bit headers in practice are UTF-8 (RFC 6532), as Gmail shows them.
  return out.map((h) => ({ name: h.name, value: Buffer.from(h.value, 'latin1').toString('utf8') }));
}

function header(headers: { name: string; value: string }[], name: string): string | undefined {
  return headers.find((h) => h.name.toLowerCase() === name)?.value;
}

function splitMultipart(body: Buffer, boundary: string): Buffer[] {
  const text = body.toString('latin1');
  const delimiter = `--${boundary}`;
  const parts: Buffer[] = [];
  let start = -1;
  let pos = 0;
  for (;;) {
    const idx = text.indexOf(delimiter, pos);
    if (idx === -1) break;
    const lineStart = idx === 0 || text[idx - 1] === '\n';
    if (!lineStart) {
      pos = idx + delimiter.length;
      continue;
    }
    if (start !== -1) {
      // The CRLF before a delimiter belongs to the delimiter (RFC 2046 §5.1.1).
      const end = text[idx - 2] === '\r' ? idx - 2 : idx - 1;
      parts.push(body.subarray(start, Math.max(start, end)));
    }
    const closing = text.startsWith('--', idx + delimiter.length);
    if (closing) return parts;
    const eol = text.indexOf('\n', idx);
    if (eol === -1) break;
    start = eol + 1;
    pos = start;
  }
  if (start !== -1) parts.push(body.subarray(start)); // unterminated: keep what we have
  return parts;
}

function decodeTransfer(body: Buffer, encoding: string | undefined): Buffer {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case 'base64':
      return Buffer.from(body.toString('latin1').replace(/[^A-Za-z0-9+/=]/g, ''), 'base64');
    case 'quoted-printable':
      return decodeQp(body);
    default:
      return body;
  }
}

export function parseRaw(
  raw: Buffer,
  messageKey: string,
  textBodies: TextBodies = 'converted',
): ParsedRaw {
  const attachments = new Map<string, Buffer>();
  let snippetSource = '';

  const build = (entity: Buffer, partId: string, depth: number): gmail_v1.Schema$MessagePart => {
    const { head, body } = splitHeadBody(entity);
    const headers = parseHeaders(head);
    const ct = libmime.parseHeaderValue(header(headers, 'content-type') ?? 'text/plain');
    const mimeType = String(ct.value || 'text/plain').toLowerCase();
    const disposition = libmime.parseHeaderValue(header(headers, 'content-disposition') ?? '');
    const filename = libmime.decodeWords(
      String(disposition.params.filename ?? ct.params.name ?? ''),
    );
    if (mimeType.startsWith('multipart/') && ct.params.boundary && depth < MAX_DEPTH) {
      const children = splitMultipart(body, ct.params.boundary);
      return {
        partId,
        mimeType,
        filename,
        headers,
        body: { size: 0 },
        parts: children.map((c, i) =>
          build(c, partId === '' ? String(i) : `${partId}.${i}`, depth + 1),
        ),
      };
    }
    const bytes = decodeTransfer(body, header(headers, 'content-transfer-encoding'));
    if (filename) {
      const attachmentId =
        'ANGjdJ' + createHash('sha256').update(`${messageKey}/${partId}`).digest('base64url');
      attachments.set(attachmentId, bytes);
      return { partId, mimeType, filename, headers, body: { attachmentId, size: bytes.length } };
    }
    const isText = mimeType === 'text/plain' || mimeType === 'text/html';
    // Only a declared charset ICU knows is converted; what Gmail does with others is not known.
    const charset = isText ? (ct.params.charset as string | undefined) : undefined;
    const converted = charset ? decodeCharset(bytes, charset) : undefined;
    const text = isText ? (converted ?? decodeCharset(bytes, 'utf-8')) : undefined;
    if (!snippetSource && text !== undefined) {
      snippetSource =
        mimeType === 'text/html'
          ? text.replace(/<(script|style)[\s\S]*?<\/\1>|<[^<>]+>/gi, ' ')
          : text;
    }
    const data =
      textBodies === 'converted' && converted !== undefined ? Buffer.from(converted) : bytes;
    return {
      partId,
      mimeType,
      filename,
      headers,
      body: { size: data.length, data: data.toString('base64url') },
    };
  };

  const payload = build(raw, '', 0);
  return {
    payload,
    headers: payload.headers as { name: string; value: string }[],
    attachments,
    snippet: snippetOf(snippetSource),
  };
}

/** Gmail's snippet: ~200 chars of whitespace-collapsed text, HTML-escaped. */
function snippetOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim().slice(0, 200);
  return flat
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export function headerValue(
  headers: { name: string; value: string }[],
  name: string,
): string | undefined {
  return header(headers, name.toLowerCase());
}
