import { findContactTokens } from './contact-tokens.js';
import { displayName } from './email-text.js';
import type { ReplyContext, ReplyNote } from './llm-provider.port.js';
import { detectLanguage, mainBody, PHRASES } from './offline-language.js';
import { MEETING } from './offline-cues.js';
import { extractQuestions, extractRequests, isQuotable } from './offline-signals.js';
import { noteLinks } from './owner-texts-prompt.js';
import { ownerName } from './prompts.js';
import { enforceReplySafety } from './reply-safety.js';
import { visibleText } from './visible-text.js';

/**
 * Template reply for the offline provider: greets the sender, quotes back (at most three of) the
 * questions and requests they actually wrote, promises a follow-up and signs with the owner's
 * name, in German, Spanish or French when the email's main body is (a P.S. in another language
 * does not switch it), else English. It only ever quotes visible sentences (no hidden markup, no
 * quoted history) that carry no link, address or phone number in any spelling (contact-tokens.ts)
 * and no text aimed at an AI, and it reads only the email being answered, never the thread.
 * When knowledge notes were found for the email, it passes on the best one (with its links).
 */
export function writeOfflineReply(context: ReplyContext): string {
  const email = context.email;
  const text = visibleText(email.body);
  const phrases = PHRASES[detectLanguage(`${email.subject}\n${mainBody(text)}`)];
  const questions = extractQuestions(text, 10).filter(quotable).slice(0, 3);
  const requests = extractRequests(text, 10)
    .filter(quotable)
    .slice(0, Math.max(0, Math.min(2, 3 - questions.length)));
  // With a signature appended below, a name here would sign the reply twice.
  const owner = context.owner?.signatureAppended ? undefined : ownerName(context.mailboxOwner);

  const parts: string[] = [
    phrases.greeting(firstName(email.from)),
    '',
    phrases.thanks(safeSubject(email.subject)),
  ];
  if (questions.length) parts.push('', phrases.questionsIntro, ...questions.map((q) => `- ${q}`));
  if (requests.length) parts.push('', phrases.requestsIntro, ...requests.map((r) => `- ${r}`));
  parts.push('');
  // The best matching knowledge note (search ranked it first): its facts and links, as written.
  const note = context.notes?.[0];
  if (note) parts.push(phrases.noteIntro, noteText(note), '');
  if (MEETING.test(text) && (questions.length || requests.length)) parts.push(phrases.meeting);
  parts.push(questions.length || requests.length ? phrases.followUp : phrases.noted);
  parts.push('', owner ? `${phrases.signOff}\n${owner}` : phrases.signOff);

  // Defence in depth: the template adds no links or addresses but the note's, and none may slip through.
  return enforceReplySafety(parts.join('\n'), {
    originalText: '',
    allowedLinks: noteLinks(note ? [note] : []),
    allowNewLinks: false,
    maxWords: context.maxWords,
  }).text;
}

/** A note as the template passes it on: title, body (first lines) and its links. */
function noteText(note: ReplyNote): string {
  const body = note.body.slice(0, NOTE_CHARS).split('\n').slice(0, 6).join('\n').trim();
  return [`${note.title}: ${body}`, ...note.links].join('\n');
}

const NOTE_CHARS = 600;

/** Display names that are roles or systems, not people: greet those with a plain "Hello". */
const NOT_A_NAME =
  /^(?:customer|client|buyer|user|unknown|support|partner|team|sync|admin|info|service|services|sales|billing|contact|office|hr|it|helpdesk|help|bot|notifications?|newsletter|news|mr|mrs|ms|dr|the|your|our|no-?reply)$/i;

/** First word of the display name, if it looks like a person's first name. */
function firstName(from: string): string | undefined {
  const name = displayName(from)?.split(/[\s,]+/)[0];
  return name && /^[\p{L}][\p{L}'-]{0,29}$/u.test(name) && !NOT_A_NAME.test(name)
    ? name
    : undefined;
}

/** Subject for "about …": without Re:/Fwd:, short, and omitted when it could carry anything unsafe. */
function safeSubject(subject: string): string | undefined {
  const clean = subject
    .slice(0, 1_000)
    .replace(/^\s*(?:(?:re|fwd?|aw|wg|rv|tr)\s*:\s*)+/i, '')
    .replace(/["„“«»<>]/g, '')
    .trim();
  if (!clean || clean.length > 80 || !isQuotable(clean, 1) || !quotable(clean)) return undefined;
  return clean;
}

/** Sentences with a link, address or number in any spelling ("bad [at] evil", "1-800-FLOWERS") are never quoted. */
function quotable(sentence: string): boolean {
  return findContactTokens(sentence).length === 0;
}
