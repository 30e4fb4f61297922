/**
 * Small text helpers shared by the prompts and the offline provider. All input is untrusted
 * email text; nothing here interprets it beyond splitting and trimming. Each function cuts its
 * input to a budget first and uses only linear patterns (eslint-plugin-regexp checks them).
 */
import { clip, TEXT_LIMITS } from './untrusted-text.js';

/**
 * "Jane Doe <jane@x.com>" → "Jane Doe"; a bare address has no display name. String operations,
 * not a regex: the pattern this replaced was cubic on a From of spaces, so a hostile header
 * could stall a worker.
 */
export function displayName(from: string): string | undefined {
  const value = clip(from, TEXT_LIMITS.address).trim();
  const open = value.indexOf('<');
  // The name holds no "<"; the address runs from the first "<" to a ">" that ends the value.
  if (open < 0 || !value.endsWith('>') || value.indexOf('>', open) !== value.length - 1) {
    return undefined;
  }
  let name = value.slice(0, open).trim();
  if (name.startsWith('"')) name = name.slice(1);
  if (name.endsWith('"')) name = name.slice(0, -1);
  name = name.trim();
  return name && !name.includes('"') && !name.includes('@') ? name : undefined;
}

/** "Jane Doe <Jane@X.com>" → "jane@x.com". */
export function addressOf(from: string): string {
  const value = clip(from, TEXT_LIMITS.address);
  return (bracketed(value) ?? bareAddress(value) ?? value).trim().toLowerCase();
}

/** Text of the first non-empty "<...>" (what /<([^>]+)>/ found, without its quadratic scan). */
function bracketed(value: string): string | undefined {
  for (let open = value.indexOf('<'); open >= 0; open = value.indexOf('<', open + 1)) {
    const close = value.indexOf('>', open + 1);
    if (close < 0) return undefined;
    if (close > open + 1) return value.slice(open + 1, close);
  }
  return undefined;
}

/** First token (split at spaces, <, >, ") with an "@" that has text on both sides. */
function bareAddress(value: string): string | undefined {
  return value.split(/[\s"<>]+/).find((token) => {
    const at = token.indexOf('@', 1);
    return at > 0 && at < token.length - 1;
  });
}

export function domainOf(from: string): string {
  const address = addressOf(from);
  return address.includes('@') ? address.slice(address.lastIndexOf('@') + 1) : '';
}

/** Quoted history starts at these lines (en/de/es/fr clients, Outlook separators). */
const QUOTE_HEADERS = [
  /^On .{4,200} wrote:\s*$/i,
  /^Am .{4,200} schrieb .{0,200}:\s*$/i,
  /^El .{4,200} escribió:\s*$/i,
  /^Le .{4,200} a écrit\s?:\s*$/i,
  /^-{2,}\s*(Original Message|Ursprüngliche Nachricht|Mensaje original|Message d'origine)\s*-{2,}/i,
  /^From: .+$/i,
  /^_{10,}$/,
];

/** The newly written part of a message: drops quoted history and "> " lines. */
export function stripQuoted(body: string): string {
  const kept: string[] = [];
  for (const line of clip(body, TEXT_LIMITS.body).split(/\r?\n/)) {
    if (QUOTE_HEADERS.some((re) => re.test(line.trim()))) break;
    if (/^\s*>/.test(line)) continue;
    kept.push(line);
  }
  return kept.join('\n').trim();
}

/**
 * Sentence split good enough for question extraction; keeps the terminal punctuation. Blank
 * lines, lines ending in "," or ":" (salutations) and markup end a sentence; hard-wrapped lines
 * inside a paragraph are joined. A leading salutation ("Hi Alex, …") is dropped.
 */
export function sentences(text: string): string[] {
  return clip(text, TEXT_LIMITS.body)
    .replace(/<[^<>]*>/g, '\n\n')
    .split(/\n\s*\n|(?<=[,:])[ \t]*\n/)
    .flatMap((paragraph) =>
      paragraph.replace(/\s+/g, ' ').split(/(?<=[.!?])\s+(?=[¿¡"'(\p{Lu}0-9])/u),
    )
    .map((s) => capitalise(s.trim().replace(SALUTATION, '')))
    .filter(Boolean);
}

const SALUTATION =
  /^(?:hi|hello|hey|dear|hallo|liebe[rs]?|hola|buenos días|bonjour|salut|guten (?:tag|morgen))\b[^,!.?:]{0,30}[,!:]\s*/iu;

function capitalise(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

export function wordCount(text: string): number {
  return clip(text, TEXT_LIMITS.body).split(/\s+/).filter(Boolean).length;
}
