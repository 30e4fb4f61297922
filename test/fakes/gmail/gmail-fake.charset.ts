import * as iconv from 'iconv-lite';

/**
 * The Gmail fake's own MIME text decoding. It must not share code with the production
 * decoder (src/modules/gmail/mime-decode.ts, on nodemailer's mime-funcs and iconv-lite) that
 * tests check against it: a bug in one would then be mirrored by the other and pass. So it is
 * built on different machinery: mailparser's libmime for header values and encoded-words
 * (gmail-fake.mime.ts), Node's WHATWG TextDecoder (ICU) for body charsets, and a small
 * quoted-printable decoder here.
 */

/** Decodes bytes in a charset, or undefined when ICU does not know the label. */
export function decodeCharset(bytes: Buffer, charset: string | undefined): string | undefined {
  const label = (charset ?? 'utf-8').trim();
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(label);
  } catch {
    return undefined;
  }
  // Node 20's TextDecoder reads windows-1252 (and the labels WHATWG maps to it, latin1 among
  // them) as ISO-8859-1: 0x80-0x9F become C1 controls instead of € “ ” …
  if (decoder.encoding === 'windows-1252') return iconv.decode(bytes, 'windows-1252');
  return decoder.decode(bytes);
}

/** Quoted-printable → bytes (RFC 2045 §6.7): "=XX" escapes and "=" soft line breaks. */
export function decodeQp(input: Buffer): Buffer {
  const text = input.toString('latin1');
  const out: number[] = [];
  const isHex = (c: string | undefined) => c !== undefined && '0123456789abcdefABCDEF'.includes(c);
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '=') {
      out.push(text.charCodeAt(i));
      continue;
    }
    if (isHex(text[i + 1]) && isHex(text[i + 2])) {
      out.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
      continue;
    }
    let j = i + 1;
    while (text[j] === ' ' || text[j] === '\t') j++;
    if (text[j] === '\r' && text[j + 1] === '\n') i = j + 1;
    else if (text[j] === '\n') i = j;
    else out.push(0x3d);
  }
  return Buffer.from(out);
}

const JIS_ESC = { jis0208: '\x1b$B', ascii: '\x1b(B' } as const;

/**
 * Text → ISO-2022-JP bytes (for test mail; iconv-lite cannot encode it). JIS X 0208 characters
 * are their EUC-JP bytes without the high bit, between ESC $ B and ESC ( B.
 */
export function encodeIso2022Jp(text: string): Buffer {
  let out = '';
  let mode: 'ascii' | 'jis0208' = 'ascii';
  for (const ch of text) {
    const next = ch.charCodeAt(0) < 0x80 ? 'ascii' : 'jis0208';
    if (next !== mode) out += JIS_ESC[next];
    mode = next;
    if (next === 'ascii') out += ch;
    else {
      const euc = iconv.encode(ch, 'euc-jp');
      if (euc.length !== 2 || euc[0]! < 0xa1) throw new Error(`not in JIS X 0208: ${ch}`);
      out += String.fromCharCode(euc[0]! & 0x7f, euc[1]! & 0x7f);
    }
  }
  if (mode !== 'ascii') out += JIS_ESC.ascii;
  return Buffer.from(out, 'latin1');
}

/** Text → bytes in a charset, for the message builder. */
export function encodeCharset(text: string, charset: string): Buffer {
  return /^iso-2022-jp$/i.test(charset.trim())
    ? encodeIso2022Jp(text)
    : iconv.encode(text, charset);
}
