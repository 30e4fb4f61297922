import type { ParsedEmail } from '../gmail/gmail-client.port.js';
import { stripQuoted } from '../llm/email-text.js';
import { clip } from '../llm/untrusted-text.js';
import { collapse } from './email-text.js';

/** Body characters read from one sent message (its own text is near the top). */
export const MAX_SENT_SCAN_CHARS = 8_000;
/** Characters kept of one sample: enough to show a tone, greeting and sign-off. */
export const MAX_SAMPLE_CHARS = 1_200;
/** Shorter text ("Thanks!", "ok") shows no style. */
const MIN_SAMPLE_CHARS = 40;

/**
 * Where the owner's own text ends in a sent message, besides quoted replies (stripQuoted):
 * forwarded messages in the main clients' wordings and the "-- " signature separator. Each
 * tests one trimmed line, anchored, with bounded or no quantifiers: linear.
 */
const ENDS_OWN_TEXT = [
  /^-{2,}\s*(?:Forwarded message|Weitergeleitete Nachricht|Message transféré|Mensaje reenviado)\s*-{2,}/i,
  /^Begin forwarded message:?$/i,
  /^(?:Anfang der weitergeleiteten Nachricht|Début du message réexpédié|Inicio del mensaje reenviado):?$/i,
  /^--$/,
];

/**
 * The text the mailbox owner wrote in a message of their sent mail, or null when the message is
 * not theirs (From is another address: a delegate's or someone else's mail in the thread) or
 * holds too little. Quoted history ("On … wrote:", "> " lines, Outlook headers), forwarded
 * messages and the signature are cut; whitespace collapsed; at most MAX_SAMPLE_CHARS.
 */
export function ownerSentText(message: ParsedEmail, ownerAddress: string): string | null {
  const from = message.from?.address?.toLowerCase();
  if (!from || from !== ownerAddress.trim().toLowerCase()) return null;
  const own = cutAtEnd(stripQuoted(clip(message.text, MAX_SENT_SCAN_CHARS)));
  const text = collapse(own);
  if (text.length < MIN_SAMPLE_CHARS) return null;
  return text.length > MAX_SAMPLE_CHARS ? `${clip(text, MAX_SAMPLE_CHARS).trimEnd()} …` : text;
}

function cutAtEnd(text: string): string {
  const lines = text.split('\n');
  // "-- " must be matched before trimming; the other markers on the trimmed line.
  const end = lines.findIndex(
    (line) => line === '-- ' || ENDS_OWN_TEXT.some((re) => re.test(line.trim())),
  );
  return (end >= 0 ? lines.slice(0, end) : lines).join('\n');
}
