import EmailReplyParser from 'email-reply-parser';
import { stripQuoted } from '../llm/email-text.js';
import { clip } from '../llm/untrusted-text.js';

/** Conservative token estimate (~3 characters a token covers most languages and code). */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 3);
}

/**
 * email-reply-parser's cost grows with the square of the lines and of the "<" in its input, so
 * a hostile body of blank lines or "<" runs could stall a worker. Past these counts, which
 * ordinary mail stays far below, the linear quote stripper of the offline provider is used.
 */
const MAX_PARSED_LINES = 200;
const MAX_PARSED_ANGLES = 100;

/**
 * The part of an email worth showing the LLM: quoted history and signatures trimmed (by
 * email-reply-parser), whitespace collapsed, capped to a token budget. The text is cut to the
 * budget's size and collapsed before the parser or any pattern reads it (bodies may be 200,000
 * characters of anything).
 */
export function cleanEmailText(text: string, tokenBudget: number): string {
  const maxChars = tokenBudget * 3;
  const head = collapse(clip(text, maxChars));
  const collapsed = collapse(visiblePart(head));
  // The cut dropped text the reader does not see, unless quoted history was cut before it.
  const cut = text.length > maxChars && collapsed === head;
  return collapsed.length > maxChars || cut
    ? `${clip(collapsed, maxChars)}\n[truncated]`
    : collapsed;
}

function visiblePart(text: string): string {
  const lines = count(text, '\n') + 1;
  if (lines > MAX_PARSED_LINES || count(text, '<') > MAX_PARSED_ANGLES) return stripQuoted(text);
  try {
    return new EmailReplyParser().parseReply(text) || text;
  } catch {
    return text;
  }
}

function count(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) n++;
  return n;
}

/** Line ends normalised, runs of blanks and of empty lines shortened; linear patterns only. */
export function collapse(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\t ]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const cleaned = new WeakMap<object, Map<number, string>>();

/**
 * cleanEmailText of a message's body, remembered per message object: classify and generate
 * clean the same body (MessageCache hands both the same object), and email-reply-parser's
 * regular expressions are not cheap enough to run twice. Nothing outlives the message.
 */
export function cleanMessageText(message: { text: string }, tokenBudget: number): string {
  let byBudget = cleaned.get(message);
  if (!byBudget) cleaned.set(message, (byBudget = new Map()));
  let text = byBudget.get(tokenBudget);
  if (text === undefined)
    byBudget.set(tokenBudget, (text = cleanEmailText(message.text, tokenBudget)));
  return text;
}
