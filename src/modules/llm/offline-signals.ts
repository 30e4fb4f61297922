import { sentences, stripQuoted, wordCount } from './email-text.js';
import { AI_MANIPULATION, REQUEST } from './offline-cues.js';
import { findAddresses, findLinks } from './reply-safety.js';

/**
 * Picks the sentences the offline reply writer may quote back: questions and explicit requests
 * the sender wrote, never ones carrying links, addresses, phone numbers or text aimed at an AI.
 */
/** Sentences a reply must never quote back, whatever else they say. */
const UNQUOTABLE = new RegExp(
  `${AI_MANIPULATION.source}|\\bb?cc\\b|\\bforward(?:ing)?\\b|password|passwort|contraseña|mot de passe|<[^<>]*>|\\{\\{|\\}\\}`,
  'i',
);

const NOT_QUESTIONS = /^(?:re|fwd?|aw|wg)\s*:/i;

/** Questions the sender wrote (not quoted history), safe to quote back: no links, addresses or injection text. */
export function extractQuestions(body: string, limit = 3): string[] {
  return pick(body, (s) => (s.endsWith('?') || s.startsWith('¿')) && !NOT_QUESTIONS.test(s), limit);
}

/** Explicit requests that are not questions ("Please send me the contract by Friday."). */
export function extractRequests(body: string, limit = 2): string[] {
  return pick(body, (s) => !s.endsWith('?') && REQUEST.test(s), limit);
}

function pick(body: string, accept: (sentence: string) => boolean, limit: number): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of sentences(stripQuoted(body))) {
    const sentence = raw.replace(/^[-*•>\s]+/, '').trim();
    if (out.length >= limit) break;
    if (!accept(sentence) || !isQuotable(sentence)) continue;
    const key = sentence.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(sentence);
  }
  return out;
}

export function isQuotable(sentence: string, minWords = 2): boolean {
  const words = wordCount(sentence);
  return (
    words >= minWords &&
    words <= 35 &&
    !UNQUOTABLE.test(sentence) &&
    findLinks(sentence).length === 0 &&
    findAddresses(sentence).length === 0 &&
    !/\+?\d[\d\s().-]{7,}\d/.test(sentence)
  );
}
