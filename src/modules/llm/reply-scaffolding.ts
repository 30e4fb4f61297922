import { SYSTEM_PROMPT_TEXTS } from './prompts.js';

/**
 * Removes what models leave around a reply body: wrapping fences, our delimiters and chat-template
 * tokens, header lines (Subject:/Bcc:), "Here is a draft:" preambles, "As an AI" disclaimers,
 * echoes of the system prompt, "feel free to adjust" notes and [Your Name] placeholders.
 */
/** A <system>/<instructions> block in model output is never reply text: drop it with its content. */
const INSTRUCTION_OPEN = /<[ \t]*(system|instructions?)\b[^<>]{0,500}>/gi;
const ROLE_LINE = /^[ \t]*(?:system|assistant|user|human)(?:[ \t]*:)?[ \t]*$/i;
// Every quantifier bounded or separated by a literal: model output is untrusted input too.
const TAG =
  /<[ \t]*(?:\/[ \t]*)?(?:email|thread|message|system|instructions?|assistant|user|human|reply|draft|prompt|response)\b[^<>]{0,500}>/gi;
const NEUTRALISED_TAG =
  /‹[ \t]*(?:\/[ \t]*)?(?:email|thread|message|system|instructions?|assistant|user|human|prompt)\b[^<>‹]{0,500}>/gi;
const CHAT_TOKENS =
  /<\|[^|>]{0,40}\|>|‹\|[^|>]{0,40}\|>|\[\/?INST\]|\(\/?INST\)|<<\/?SYS>>|‹‹\/?SYS>>/gi;
const ALWAYS_HEADER = /^\s*(subject|betreff|asunto|objet|bcc|cc)\s*:/i;
const ADDRESS_HEADER = /^\s*(to|from|reply-to|date|an|von)\s*:/i;
const PREAMBLE =
  /^\s*(?:(?:sure|certainly|of course|okay|ok|absolutely)\b[^\n]{0,80}|(?:here(?:'s| is)|below is)\b[^\n]{0,80}(?:reply|response|draft|email|answer)\b[^\n]*|(?:draft|reply|response|answer|email)(?:[ \t]*:)?[ \t]*)$/i;
const AI_DISCLAIMER =
  /\bas an? (?:ai|artificial intelligence|(?:large )?language model|ai (?:language )?model|ai assistant|virtual assistant)\b|\bI(?:'m| am) (?:an? )?(?:ai|artificial intelligence|(?:large )?language model|bot|virtual assistant|ai assistant)\b|\bI (?:cannot|can't|am unable to) (?:browse|access) (?:the internet|emails?|your (?:mailbox|inbox))\b/i;
const PROMPT_LEAK =
  /\b(?:system prompt|system message|my (?:instructions|rules|guidelines|prompt)|I (?:was|have been) (?:instructed|told|programmed) to)\b/i;
const META_NOTE =
  /\b(?:feel free to (?:adjust|modify|edit|tweak|change)|let me know if you(?:'d| would) like (?:any )?(?:changes|adjustments|me to (?:adjust|change|modify|edit|revise))|(?:this|the above) (?:draft|reply|response|template)\b)/i;
const PLACEHOLDER =
  /\[(?:your|my|recipient'?s?|sender'?s?)? ?(?:full )?(?:name|title|company|position|signature|date|time)\]|<your name>|\{\{?\s*name\s*\}?\}/gi;

const SHINGLE = 7;
let promptShingles: Set<string> | undefined;

export function stripScaffolding(text: string): string {
  let out = text.replace(/\r\n?/g, '\n').trim();
  const fenced = out.match(/^```[a-zA-Z]*\n([\s\S]*?)\n?```$/);
  if (fenced) out = fenced[1];
  out = dropInstructionBlocks(out)
    .replace(TAG, '')
    .replace(NEUTRALISED_TAG, '')
    .replace(CHAT_TOKENS, '')
    .replace(PLACEHOLDER, '');
  const lines = out.split('\n');
  const kept: string[] = [];
  lines.forEach((line, index) => {
    if (ALWAYS_HEADER.test(line) || ROLE_LINE.test(line)) return;
    if (ADDRESS_HEADER.test(line) && (index < 3 || line.includes('@'))) return;
    if (kept.every((l) => !l.trim()) && PREAMBLE.test(line)) return;
    if (echoesSystemPrompt(line)) return;
    kept.push(
      dropSentences(line, (s) => AI_DISCLAIMER.test(s) || PROMPT_LEAK.test(s) || META_NOTE.test(s)),
    );
  });
  return tidy(kept.join('\n'));
}

/** Whether a line repeats a 7-word run of our fixed instructions. */
export function echoesSystemPrompt(line: string): boolean {
  const words = normalisedWords(line);
  if (words.length < SHINGLE) return false;
  promptShingles ??= new Set(SYSTEM_PROMPT_TEXTS.flatMap((t) => shingles(normalisedWords(t))));
  return shingles(words).some((s) => promptShingles!.has(s));
}

function normalisedWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function shingles(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + SHINGLE <= words.length; i++) out.push(words.slice(i, i + SHINGLE).join(' '));
  return out;
}

function dropSentences(line: string, drop: (sentence: string) => boolean): string {
  const parts = splitSentences(line);
  if (!parts.length) return line;
  const kept = parts.filter((p) => !drop(p));
  return kept.length === parts.length ? line : kept.join('').trimEnd();
}

/**
 * Removes <system>…</system> and <instructions>…</instructions> with their content. One scan:
 * when an opening tag has no closing tag after it, no later one can, so the scan stops there.
 */
function dropInstructionBlocks(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(INSTRUCTION_OPEN)) {
    if (m.index < last) continue;
    const close = closingTag(text, m[1], m.index + m[0].length);
    if (!close) break;
    out += text.slice(last, m.index);
    last = close;
  }
  return out + text.slice(last);
}

/** End of the first `</name>` at or after `from`, or 0 (`name` is one of INSTRUCTION_OPEN's words). */
function closingTag(text: string, name: string, from: number): number {
  const re = new RegExp(`<[ \\t]*\\/[ \\t]*${name}[ \\t]*>`, 'gi');
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? m.index + m[0].length : 0;
}

/** A line cut after each run of . ! ? and the spaces after it; linear, no regex. */
function splitSentences(line: string): string[] {
  const parts: string[] = [];
  const stop = (c: string) => c === '.' || c === '!' || c === '?';
  let start = 0;
  let i = 0;
  while (i < line.length) {
    if (!stop(line[i])) {
      i++;
      continue;
    }
    while (i < line.length && stop(line[i])) i++;
    while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
    parts.push(line.slice(start, i));
    start = i;
  }
  if (start < line.length) parts.push(line.slice(start));
  return parts;
}

/** Collapses the holes left by removals: trailing spaces, runs of blank lines. */
export function tidy(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/[ \t]{2,}/g, ' ').trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Caps a reply at `maxWords`, keeping a short closing paragraph ("Best regards,\nAna") and
 * cutting the body at the last full sentence that fits.
 */
export function enforceWordBudget(text: string, maxWords: number): string {
  const count = (s: string) => s.split(/\s+/).filter(Boolean).length;
  if (count(text) <= maxWords) return text;
  const paragraphs = text.split(/\n{2,}/);
  const closing =
    paragraphs.length > 1 && count(paragraphs[paragraphs.length - 1]) <= 8 ? paragraphs.pop()! : '';
  const budget = Math.max(1, maxWords - count(closing));
  const body = paragraphs.join('\n\n');
  let used = 0;
  let end = 0;
  for (const match of body.matchAll(/\S+/g)) {
    if (++used > budget) break;
    end = match.index + match[0].length;
  }
  let cut = body.slice(0, end);
  const lastStop = Math.max(
    cut.lastIndexOf('. '),
    cut.lastIndexOf('? '),
    cut.lastIndexOf('! '),
    cut.lastIndexOf('.\n'),
  );
  if (/[.!?]$/.test(cut)) {
    // already ends on a sentence
  } else if (lastStop > cut.length * 0.5) cut = cut.slice(0, lastStop + 1);
  else cut = `${cut}…`;
  return tidy(closing ? `${cut}\n\n${closing}` : cut);
}
