import { findPhoneNumbersInText, type PhoneNumber } from 'libphonenumber-js/max';
import { LinkifyIt } from 'linkify-it';
import tlds from 'tlds' with { type: 'json' };
import { domainToASCII } from 'node:url';
import { normalise, rewrite } from './offset-mapped-text.js';

/**
 * Finds the things a reply must not carry unless the recipient already saw them: links, email
 * addresses and phone numbers, in the forms people (and attackers) write them. Detection runs on
 * a normalised copy of the text (NFKC, ideographic full stops as ".", zero-width characters
 * dropped, whitespace runs as one space, "[at]"/"(dot)"/" at … dot " spelled as "@"/".") that
 * keeps, for every character, where it came from, so a match removes the original characters.
 * Each token gets a key (canonical link, lower-case punycode address, E.164 / digits of a number)
 * so "appears in the original" means the same token, never a substring.
 */
export type ContactKind = 'link' | 'address' | 'phone';

export interface ContactToken {
  kind: ContactKind;
  /** Offsets in the text given to findContactTokens. */
  start: number;
  end: number;
  /** The original characters. */
  raw: string;
  /**
   * What was found there, with canonical forms (two finds are the same token when they share a
   * key). Overlapping finds (an address inside a link) are one token with several parts.
   */
  parts: ContactPart[];
}

export interface ContactPart {
  kind: ContactKind;
  keys: string[];
}

/** Longest text scanned; callers cut before this, the rest is never looked at (and never allowed). */
export const MAX_SCAN_CHARS = 20_000;

const linkify = new LinkifyIt({ fuzzyLink: true, fuzzyEmail: true, fuzzyIP: true }).tlds(tlds);
const TLDS = new Set(tlds.map((t) => t.toLowerCase()));

// Obfuscated "@" and "." — the text is whitespace-collapsed, so " ?" covers any spacing.
const BRACKETED_AT = / ?[[({<] ?(?:at|@) ?[\])}>] ?/gi;
const BRACKETED_DOT = / ?[[({<] ?(?:dot|\.) ?[\])}>] ?/gi;
/** "ana at evil dot com": word "at", then a host spelled with " dot "; the TLD is checked in code. */
const SPELLED_ADDRESS =
  /(?<![\w.+-])([\w.+-]{1,64}) at ([\w-]{1,63}(?: dot [\w-]{1,63}){1,6})(?![\w-])/gi;
/** Any "local@host", TLD or not ("x@host"), including hosts in any script. */
const AT_ADDRESS =
  /(?<![\p{L}\p{N}.%+_-])[\p{L}\p{N}.%+_-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,8}/gu;
/** '"john doe"@evil.com': quoted local parts, which fuzzy email matching does not see. */
const QUOTED_ADDRESS =
  /["“”][^"“”\n]{1,64}["“”]@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,8}/gu;
/**
 * National numbers with a trunk prefix ("020 7946 0958", "06 12 34 56 78", "(030) 1234567"),
 * which libphonenumber reads only with the right default region; the digit count is checked in
 * code and dates are left alone.
 */
const TRUNK_NUMBER = /(?<![\w+])(?:\(0\d{1,4}\)|0\d)(?:[ ./-]?\d){6,12}(?!\d)/g;
/** Where a phone number could be: a digit, then digits, separators and an "ext"/"x" marker. */
const NUMBER_RUN = /[+(]?\d(?:[\d \t()./,;#*-]|ext\.?|x)*/gi;
const MAX_NUMBER_RUN = 200;
/** "+99 123 456 789": international form, even where libphonenumber knows no valid range. */
const INTERNATIONAL_NUMBER = /(?<![\w+])(?:\+|00)[1-9](?:[ ./-]?\d){6,14}(?!\d)/g;
const DATE_LIKE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/;
/** "1-800-FLOWERS", "(800) GO-FEDEX": an area code and keypad letters (checked in code). */
const VANITY_NUMBER =
  /(?<![\w+])(?:\+?1[ .-]?)?(?:\([2-9]\d{2}\)|[2-9]\d{2})[ .-]?[A-Z0-9]{2,10}(?:-[A-Z0-9]{1,10}){0,2}(?![\w-])/g;
const KEYPAD: Record<string, string> = Object.fromEntries(
  ['ABC', 'DEF', 'GHI', 'JKL', 'MNO', 'PQRS', 'TUV', 'WXYZ'].flatMap((letters, i) =>
    [...letters].map((l) => [l, String(i + 2)]),
  ),
);

export function findContactTokens(input: string): ContactToken[] {
  const source = input.slice(0, MAX_SCAN_CHARS);
  let mapped = normalise(source);
  mapped = rewrite(mapped, BRACKETED_AT, () => '@');
  mapped = rewrite(mapped, BRACKETED_DOT, () => '.');
  mapped = rewrite(mapped, SPELLED_ADDRESS, (m) => {
    const host = m[2].split(/ dot /i);
    return TLDS.has(host[host.length - 1].toLowerCase()) ? `${m[1]}@${host.join('.')}` : m[0];
  });
  const found: ContactToken[] = [];
  const add = (kind: ContactKind, start: number, end: number, keys: string[]) => {
    if (end <= start) return;
    const from = mapped.from[start];
    const to = mapped.to[end - 1];
    found.push({ kind, start: from, end: to, raw: '', parts: [{ kind, keys }] });
  };
  const text = mapped.text;
  for (const m of linkify.match(linkCandidates(text)) ?? []) {
    const isMail = m.url.toLowerCase().startsWith('mailto:');
    const keys = isMail ? [addressKey(m.url.slice(7))] : [linkKey(m.url)];
    add(isMail ? 'address' : 'link', m.index, m.lastIndex, keys);
  }
  for (const re of [AT_ADDRESS, QUOTED_ADDRESS])
    for (const m of text.matchAll(re))
      add('address', m.index, m.index + m[0].length, [addressKey(m[0])]);
  // Region policy: numbers written internationally (+44…, 0044…) are read for every country;
  // national ones as NANP (US/Canada, the most common national form in English mail), and
  // other countries' national forms by their trunk prefix below. A false find only masks a
  // number in a draft the owner reviews; a miss would send it.
  // libphonenumber is slow on long digit-heavy text, so it reads only the runs that could be a
  // number; a run too long to be one (a wall of digits) is treated as one whole.
  for (const run of text.matchAll(NUMBER_RUN)) {
    if (countDigits(run[0]) < 7) continue;
    if (run[0].length > MAX_NUMBER_RUN) {
      add('phone', run.index, run.index + run[0].length, [`#${run[0].replace(/\D/g, '')}`]);
      continue;
    }
    for (const m of findPhoneNumbersInText(run[0], { defaultCountry: 'US' })) {
      const end = withoutExtension(run[0], m.startsAt, m.endsAt, m.number.ext);
      const raw = run[0].slice(m.startsAt, end);
      add('phone', run.index + m.startsAt, run.index + end, phoneKeys(raw, m.number));
    }
  }
  for (const m of text.matchAll(INTERNATIONAL_NUMBER))
    add('phone', m.index, m.index + m[0].length, [
      `+${m[0].replace(/\D/g, '').replace(/^00/, '')}`,
    ]);
  for (const m of text.matchAll(TRUNK_NUMBER)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length < 8 || digits.length > 14 || DATE_LIKE.test(m[0])) continue;
    add('phone', m.index, m.index + m[0].length, [`#${digits}`]);
  }
  for (const m of text.matchAll(VANITY_NUMBER)) {
    const letters = m[0].replace(/[^A-Z]/g, '').length;
    const dialled = m[0].replace(/[A-Z]/g, (l) => KEYPAD[l]).replace(/\D/g, '');
    const national = dialled.startsWith('1') ? dialled.slice(1) : dialled;
    if (letters < 3 || national.length < 10) continue;
    // Vanity words may run past the 7 dialled digits ("1-800-MATTRESS"): only those count.
    add('phone', m.index, m.index + m[0].length, [`+1${national.slice(0, 10)}`]);
  }
  return merge(found).map((t) => ({ ...t, raw: source.slice(t.start, t.end) }));
}

/**
 * The text with every word that cannot hold a link or address (no ".", ":", "@" or "/") blanked
 * to spaces of the same length: offsets stay valid, and linkify's fuzzy search, which is slow on
 * some long junk words ("+1+1+1…"), skips them.
 */
function linkCandidates(text: string): string {
  return text.replace(/\S+/g, (word) => (/[.:@/]/.test(word) ? word : ' '.repeat(word.length)));
}

function countDigits(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++)
    if (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) n++;
  return n;
}

/** "https://Acme.COM/x/" → "acme.com/x": scheme-less, punycode host, no trailing slash. */
export function linkKey(url: string): string {
  try {
    const u = new URL(/^[a-z][a-z0-9+.-]*:/i.test(url) ? url : `http://${url}`);
    const scheme = /^(?:https?|ftp):$/.test(u.protocol) ? '' : u.protocol;
    const auth = u.username ? `${u.username}@` : '';
    let path = u.pathname;
    while (path.endsWith('/')) path = path.slice(0, -1);
    return `${scheme}${auth}${u.host}${path}${u.search}${u.hash}`;
  } catch {
    return url.toLowerCase();
  }
}

/** "Ana@München.de" → "ana@xn--mnchen-3ya.de". */
export function addressKey(address: string): string {
  const clean = address
    .replace(/^mailto:/i, '')
    .trim()
    .toLowerCase();
  const at = clean.lastIndexOf('@');
  if (at < 0) return clean;
  const domain = domainToASCII(clean.slice(at + 1)) || clean.slice(at + 1);
  return `${clean.slice(0, at)}@${domain}`;
}

/**
 * libphonenumber reads ", 020" after a number as an extension, which would swallow the next
 * number in a list; the token ends where the extension's separator starts.
 */
function withoutExtension(text: string, start: number, end: number, ext?: string): number {
  if (!ext) return end;
  let at = text.lastIndexOf(ext, end - ext.length);
  if (at <= start) return end;
  while (at > start && !/\d/.test(text[at - 1])) at--;
  return at;
}

function phoneKeys(raw: string, number: PhoneNumber): string[] {
  const digits = raw.replace(/\D/g, '');
  return [number.number, `#${digits}`, ...(raw.trim().startsWith('+') ? [`+${digits}`] : [])];
}

/** Overlapping finds become one token: the widest span, the strictest kind, all keys. */
function merge(tokens: ContactToken[]): ContactToken[] {
  const rank: Record<ContactKind, number> = { address: 3, phone: 2, link: 1 };
  const sorted = [...tokens].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: ContactToken[] = [];
  for (const t of sorted) {
    const prev = out[out.length - 1];
    if (prev && t.start < prev.end) {
      const end = Math.max(prev.end, t.end);
      out[out.length - 1] = {
        kind: rank[t.kind] > rank[prev.kind] ? t.kind : prev.kind,
        start: prev.start,
        end,
        raw: '',
        parts: [...prev.parts, ...t.parts],
      };
    } else out.push(t);
  }
  return out;
}
