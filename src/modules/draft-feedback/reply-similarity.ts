import { distance } from 'fastest-levenshtein';

/**
 * How close the text the owner sent is to the draft as we wrote it, 0..1 (1: the same after
 * whitespace is normalised). Both sides are the reply's own words: quoted history and the
 * signature are cut off first, since Gmail quotes the original below a sent reply and the
 * signature is the owner's, not the model's.
 */

/** Characters of a body read at all (bodies are untrusted and may be huge). */
const MAX_READ_CHARS = 20_000;
/** Characters compared: Levenshtein's cost grows with the product of both lengths. */
export const MAX_COMPARED_CHARS = 4_000;
/** At or above this, the draft counts as sent unchanged (whitespace already normalised). */
export const UNCHANGED_MIN = 0.98;
/** Below this, the sent text is the owner's own reply rather than an edit of the draft. */
export const DERIVED_MIN = 0.5;

// A quote header: "On Mon, 7 Dec 2026 at 10:00, Dana <dana@x> wrote:". The bounded run keeps
// the pattern linear; the line is cut to MAX_LINE_CHARS before it is tested.
const QUOTE_HEADER = /^(?:on|am|le|el)\b.{0,400}(?:wrote|schrieb|a écrit|escribió) ?:$/i;
const FORWARD_HEADER = /^-{2,} ?(?:original message|forwarded message) ?-{2,}$/i;
const MAX_LINE_CHARS = 500;

/** The reply's own text: up to the signature separator or quoted history, blanks collapsed. */
export function replyBody(text: string): string {
  const lines = text.slice(0, MAX_READ_CHARS).replace(/\r\n?/g, '\n').split('\n');
  const kept: string[] = [];
  for (const full of lines) {
    const line = full.slice(0, MAX_LINE_CHARS).trim();
    // "-- " is the conventional signature separator (generate-stage writes it too).
    if (line === '--' || FORWARD_HEADER.test(line) || QUOTE_HEADER.test(line)) break;
    if (line.startsWith('>')) continue;
    kept.push(line);
  }
  return kept.join(' ').replace(/\s+/g, ' ').trim().slice(0, MAX_COMPARED_CHARS);
}

/** Normalised Levenshtein similarity of two reply bodies (already cut by replyBody). */
export function similarity(draft: string, sent: string): number {
  const longest = Math.max(draft.length, sent.length);
  if (longest === 0) return 1;
  return 1 - distance(draft, sent) / longest;
}

/** Similarity of the stored draft text and a sent message's text, both cut to their own words. */
export function replySimilarity(draftText: string, sentText: string): number {
  return similarity(replyBody(draftText), replyBody(sentText));
}
