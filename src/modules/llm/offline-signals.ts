import { sentences, stripQuoted, wordCount } from './email-text';
import { findAddresses, findLinks } from './reply-safety';

/**
 * Phrase lists the offline provider reads email with (en/de/es/fr). Kept as data so adding a
 * language or a cue is a one-line change; offline-classifier.ts turns matches into scores.
 */
export const REQUEST =
  /\b(?:could you|can you|would you|will you|please (?:let me know|send|confirm|review|advise|share|check|call|reply|sign|update)|let me know|get back to me|i(?:'d| would) (?:like|appreciate)|we need|i need|are you available|do you have time|könnten sie|können sie|würden sie|bitte (?:senden|schicken|bestätigen|prüfen|geben|melden|teilen)|geben sie mir bescheid|podría|podrías|puede usted|por favor|me gustaría|le agradecería|pourriez-vous|pouvez-vous|merci de|je voudrais|j'aimerais|s'il vous plaît)\b/i;

export const MEETING =
  /\b(?:meeting|meet|call|schedule|availability|available|calendar|time slot|zoom|termin|besprechung|treffen|telefonat|reunión|reunion|cita|llamada|réunion|rendez-vous|appel|disponible|verfügbar)\b/i;

/** Text aimed at an AI assistant rather than a person: a spam cue and never echoed back. */
export const AI_MANIPULATION =
  /ignore (?:all |any |the )?(?:previous|prior|above|earlier|preceding) (?:instructions|prompts?|rules)|disregard (?:all |any |your )?(?:previous |prior )?(?:instructions|rules)|system prompt|(?:reveal|print|show|repeat) (?:your|the) (?:prompt|instructions|rules)|you are now\b|\bas an ai\b|developer mode|jailbreak|\bDAN\b|<\s*\/?\s*(?:system|instructions?)\b|‹\s*\/?\s*(?:system|instructions?)\b|\[\/?INST\]|<\|im_(?:start|end)\|>|\bai assistant\b|\blanguage model\b|(?:^|[>\n]\s*)(?:assistant|system)\s*:|(?:summari[sz]e|send|forward|list|collect) (?:all |the )?(?:other |previous |earlier )?(?:e-?mails|messages|threads) (?:in|from) (?:this|your|the) (?:mailbox|inbox|account)|ki-assistent|asistente de ia|assistant ia/i;

/** Sentences a reply must never quote back, whatever else they say. */
const UNQUOTABLE = new RegExp(
  `${AI_MANIPULATION.source}|\\bb?cc\\b|\\bforward(?:ing)?\\b|password|passwort|contraseña|mot de passe|<[^>]*>|\\{\\{|\\}\\}`,
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
