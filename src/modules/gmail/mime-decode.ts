import * as iconv from 'iconv-lite';

/**
 * Byte and header decoding for mail. Everything here is total: hostile or broken input yields
 * best-effort text (with U+FFFD where bytes are undecodable), never an exception, because one
 * malformed message must not stall a mailbox's pipeline.
 */

/** Labels that mail software writes but iconv-lite knows under another name (or a superset). */
const CHARSET_ALIASES: Record<string, string> = {
  // GB18030 is a strict superset of GB2312/GBK; senders often label GBK text as gb2312.
  gb2312: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  'ks_c_5601-1987': 'cp949',
  'euc-kr': 'cp949',
  'x-sjis': 'shift_jis',
  'iso-8859-8-i': 'iso-8859-8',
  'unicode-1-1-utf-7': 'utf-7',
  // Outlook writes "iso-8859-1" for text that really is windows-1252 (smart quotes, euro);
  // browsers decode it as 1252 for the same reason (WHATWG Encoding).
  'iso-8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'utf-8',
  ascii: 'utf-8',
};

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function normalizeCharset(charset: string | undefined): string | undefined {
  if (!charset) return undefined;
  // RFC 2231 allows a language suffix ("utf-8*en"); quotes come from sloppy parsers.
  const cleaned = charset
    .trim()
    .replace(/^["']|["']$/g, '')
    .split('*')[0]!
    .toLowerCase();
  if (!cleaned) return undefined;
  return CHARSET_ALIASES[cleaned] ?? cleaned;
}

/** Labels iconv-lite lacks; Node's WHATWG TextDecoder (full ICU) knows them. */
function whatwgDecode(bytes: Buffer, charset: string): string | undefined {
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    return undefined;
  }
  // Node 20 decodes WHATWG's windows-1252 as ISO-8859-1 (0x80-0x9F → C1 controls, not € “ ”).
  if (decoder.encoding === 'windows-1252') return iconv.decode(bytes, 'windows-1252');
  return decoder.decode(bytes);
}

/**
 * Decodes bytes in the given charset. Missing charset → UTF-8; undeclared bytes that are not
 * valid UTF-8, and bytes in a charset no decoder knows, are read as windows-1252 (what 8-bit
 * mail without a usable label usually is).
 */
export function decodeBytes(bytes: Buffer, charset?: string): string {
  const cs = normalizeCharset(charset);
  if (cs === 'utf-8' || cs === 'utf8') return bytes.toString('utf8');
  if (cs && iconv.encodingExists(cs)) {
    try {
      return iconv.decode(bytes, cs);
    } catch {
      return bytes.toString('utf8');
    }
  }
  // iconv-lite has no ISO-2022-JP (nor ISO-2022-KR); ICU's decoder does.
  const whatwg = cs ? whatwgDecode(bytes, cs) : undefined;
  if (whatwg !== undefined) return whatwg;
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return iconv.decode(bytes, 'windows-1252');
  }
}

/**
 * Charsets whose text is made of bytes that are also valid UTF-8, with the byte that gives them
 * away: ISO-2022-* and UTF-7 are 7-bit and switch character sets with ESC / "+", UTF-16/32 put
 * NUL bytes next to every ASCII character. Converted UTF-8 text contains neither (no ESC or NUL
 * in mail text; a "+" in converted text is the one ambiguity, see decodeBodyBytes).
 */
const SEVEN_BIT_SHIFTED: Record<string, number> = { 'utf-7': 0x2b /* + */ };
const ESC = 0x1b;

function declaredCharsetWins(bytes: Buffer, cs: string): boolean {
  if (cs.startsWith('utf-16') || cs.startsWith('utf-32') || cs === 'ucs-2')
    return bytes.includes(0x00);
  const shift = cs.startsWith('iso-2022-') ? ESC : SEVEN_BIT_SHIFTED[cs];
  if (shift === undefined || !bytes.includes(shift)) return false;
  // Really 7-bit: an 8-bit byte means this is not (only) the declared stateful encoding.
  for (const byte of bytes) if (byte > 0x7f) return false;
  return true;
}

/**
 * Decodes a text body from Gmail's `format=full` (issue 26). Gmail is reported to hand text
 * bodies over already converted to UTF-8 while the part's header keeps the original charset,
 * so decoding by the header alone garbles them ("Communiqué" → "CommuniquÃ©"); other mail (or a
 * Gmail that does not convert) carries the original bytes. Rule: bytes that are valid UTF-8 are
 * UTF-8 (legacy 8-bit text is almost never valid UTF-8); otherwise the declared charset, unknown
 * ones as windows-1252. Exception: ISO-2022-*, UTF-7 and UTF-16/32 bytes can be valid UTF-8 too,
 * so when they carry their own marks (ESC / "+" on 7-bit bytes, NUL bytes) the declared charset
 * wins. Known ambiguity: a converted UTF-7 body with a literal "+" and no 8-bit character is read
 * as UTF-7. HZ has no decoder here and passes through as ASCII.
 */
export function decodeBodyBytes(bytes: Buffer, charset?: string): string {
  const cs = normalizeCharset(charset);
  if (cs && declaredCharsetWins(bytes, cs)) return decodeBytes(bytes, cs);
  try {
    return strictUtf8.decode(bytes);
  } catch {
    // Not UTF-8: the declared charset (decodeBytes reads unknown or missing ones as windows-1252;
    // a declared UTF-8 body with a broken sequence keeps its valid text and gets U+FFFD).
    return decodeBytes(bytes, charset);
  }
}

/**
 * Bytes without an incomplete UTF-8 sequence at the end, as left by cutting a body: the strict
 * UTF-8 check would otherwise reject the whole cut body and decode it in the declared charset.
 */
export function withoutPartialUtf8Tail(bytes: Buffer): Buffer {
  let start = bytes.length - 1;
  while (start >= 0 && start > bytes.length - 4 && (bytes[start]! & 0xc0) === 0x80) start--;
  if (start < 0 || bytes[start]! < 0xc0) return bytes;
  const lead = bytes[start]!;
  const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
  return bytes.length - start < length ? bytes.subarray(0, start) : bytes;
}

/** base64url or base64, tolerant of whitespace and junk (Buffer.from skips invalid characters). */
export function decodeBase64Url(data: string | null | undefined): Buffer {
  if (!data) return Buffer.alloc(0);
  return Buffer.from(data.replace(/\s+/g, ''), 'base64url');
}

function decodeQWord(text: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '_') bytes.push(0x20);
    else if (ch === '=' && /^[0-9a-fA-F]{2}$/.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(ch.charCodeAt(0) & 0xff);
  }
  return Buffer.from(bytes);
}

const ENCODED_WORD = /=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=/g;

/**
 * Decodes RFC 2047 encoded-words in a header value. Adjacent words are joined byte-wise per
 * charset before decoding, because encoders split multi-byte characters across words.
 */
export function decodeWords(value: string): string {
  if (!value.includes('=?')) return value;
  let out = '';
  let last = 0;
  let pending: { charset: string; bytes: Buffer[] } | null = null;
  const flush = () => {
    if (pending) out += decodeBytes(Buffer.concat(pending.bytes), pending.charset);
    pending = null;
  };
  for (const match of value.matchAll(ENCODED_WORD)) {
    const between = value.slice(last, match.index);
    // Whitespace between two encoded-words is not part of the text (RFC 2047 §6.2).
    if (!(pending && /^\s*$/.test(between))) {
      flush();
      out += between;
    }
    const [, charset, encoding, text] = match as unknown as [string, string, string, string];
    const bytes = encoding.toUpperCase() === 'B' ? Buffer.from(text, 'base64') : decodeQWord(text);
    const current = pending as { charset: string; bytes: Buffer[] } | null;
    if (current && current.charset.toLowerCase() === charset.toLowerCase())
      current.bytes.push(bytes);
    else {
      flush();
      pending = { charset, bytes: [bytes] };
    }
    last = match.index + match[0].length;
  }
  flush();
  return out + value.slice(last);
}

/** Decodes quoted-printable transfer encoding into raw bytes (charset applied later). */
export function decodeQuotedPrintable(input: Buffer): Buffer {
  const text = input.toString('latin1');
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x3d /* = */) {
      const next = text.slice(i + 1, i + 3);
      if (/^[0-9a-fA-F]{2}$/.test(next)) {
        bytes.push(parseInt(next, 16));
        i += 2;
        continue;
      }
      // Soft line break: "=" then optional trailing blanks then CRLF/LF.
      const soft = /^[ \t]*\r?\n/.exec(text.slice(i + 1, i + 200));
      if (soft) {
        i += soft[0].length;
        continue;
      }
    }
    bytes.push(ch);
  }
  return Buffer.from(bytes);
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/** Gmail's snippet is HTML-escaped; turn the few entities it uses back into text. */
export function unescapeSnippet(snippet: string): string {
  return snippet.replace(/&(#x?[0-9a-fA-F]+|[a-z]+);/g, (whole, entity: string) => {
    if (entity.startsWith('#')) {
      const code =
        entity[1] === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : whole;
    }
    return ENTITIES[entity] ?? whole;
  });
}
