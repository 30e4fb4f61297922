/**
 * Size budgets for email-derived text. Gmail accepts headers of several hundred KB and our
 * parser keeps bodies up to 200,000 characters; every field is cut to its budget before any
 * regular expression reads it, so even a pattern that is linear only in theory stays cheap, and
 * no step's cost depends on what an attacker chose to send.
 */
export const TEXT_LIMITS = {
  /** One address with its display name (From, Reply-To, the mailbox owner). */
  address: 1_000,
  /** A display name alone. */
  displayName: 200,
  /** An address alone (RFC 5321 allows 254 characters in a path). */
  mailbox: 320,
  /** A whole recipient list (To, Cc) as one string. */
  addressList: 2_000,
  /** Most recipients shown from one list. */
  recipients: 50,
  subject: 1_000,
  /** Any other header value (List-Id, References, Auto-Submitted...). */
  header: 2_000,
  /** Most Gmail labels shown (Gmail allows 10,000 user labels). */
  labels: 50,
  /** A body handed to the heuristics; prompt bodies are far smaller (token budget). */
  body: 200_000,
} as const;

/**
 * The head of `text`, at most `max` UTF-16 units; never ends in half a surrogate pair. Missing
 * values become ''. Use before any regex: `clip(value, TEXT_LIMITS.header).replace(...)`.
 */
export function clip(text: string | null | undefined, max: number): string {
  if (!text) return '';
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  const end = code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
  return text.slice(0, Math.max(0, end));
}
