import type { EmailCategory } from './llm-provider.port.js';

/**
 * Tolerant reader for a model's classification answer. Real models wrap JSON in ``` fences, add
 * prose around it, use "Category"/"NEEDS REPLY"/"80%" or leave out fields; we accept all of that
 * and validate the result by hand (category in the enum, confidence in [0, 1]). What we cannot
 * read comes back as { ok: false, reason } so the caller can re-ask once with the reason.
 */
export interface ParsedClassification {
  category: EmailCategory;
  confidence: number;
  reasoning: string;
}

export type ClassificationParseResult =
  { ok: true; value: ParsedClassification } | { ok: false; reason: string };

/**
 * Used when the model gives a category but no confidence: below the pipeline's default
 * CLASSIFY_CONFIDENCE_THRESHOLD (0.6), so an unsure answer is never treated as a confident one.
 */
export const MISSING_CONFIDENCE = 0.5;

const CATEGORY_ALIASES: Record<string, EmailCategory> = {
  needs_reply: 'needs_reply',
  needsreply: 'needs_reply',
  reply_needed: 'needs_reply',
  requires_reply: 'needs_reply',
  response_needed: 'needs_reply',
  needs_response: 'needs_reply',
  action_required: 'needs_reply',
  reply: 'needs_reply',
  informational: 'informational',
  information: 'informational',
  info: 'informational',
  fyi: 'informational',
  no_reply_needed: 'informational',
  no_reply: 'informational',
  notification: 'informational',
  newsletter: 'informational',
  spam: 'spam',
  junk: 'spam',
  phishing: 'spam',
  scam: 'spam',
};

const KEY_ALIASES: Record<string, keyof ParsedClassification> = {
  category: 'category',
  label: 'category',
  class: 'category',
  classification: 'category',
  type: 'category',
  emailcategory: 'category',
  confidence: 'confidence',
  score: 'confidence',
  probability: 'confidence',
  certainty: 'confidence',
  confidencescore: 'confidence',
  reasoning: 'reasoning',
  reason: 'reasoning',
  explanation: 'reasoning',
  rationale: 'reasoning',
  justification: 'reasoning',
};

const WORD_CONFIDENCE: Record<string, number> = {
  high: 0.85,
  medium: 0.6,
  moderate: 0.6,
  low: 0.3,
};

/**
 * Longest answer read. A classification is a few hundred characters (the call's max_tokens bounds
 * it anyway); anything beyond this is not a classification and must not cost more than a scan.
 */
export const MAX_ANSWER_CHARS = 16_384;
/** Objects tried per answer: a real answer has one or two; more is noise or an attack. */
const MAX_CANDIDATES = 16;

export function parseClassification(raw: string): ClassificationParseResult {
  const text = raw.slice(0, MAX_ANSWER_CHARS).trim();
  if (!text) return { ok: false, reason: 'the answer was empty' };
  for (const candidate of jsonCandidates(text)) {
    const object = parseLoose(candidate);
    if (object) return validate(object);
  }
  const fields = truncatedFields(text);
  if (fields) return validate(fields);
  const bare = categoryFrom(stripQuoting(text));
  if (bare)
    return { ok: true, value: { category: bare, confidence: MISSING_CONFIDENCE, reasoning: '' } };
  return { ok: false, reason: 'no JSON object found in the answer' };
}

/** Fenced blocks first, then every balanced {...} in order of appearance. */
function jsonCandidates(text: string): string[] {
  const found = fencedBlocks(text);
  for (const [start, end] of balancedObjects(text)) found.push(text.slice(start, end + 1));
  return found.slice(0, MAX_CANDIDATES);
}

/** The contents of ``` fences (a language tag after the opening fence is dropped). */
function fencedBlocks(text: string): string[] {
  const blocks: string[] = [];
  let open = text.indexOf('```');
  while (open >= 0 && blocks.length < MAX_CANDIDATES) {
    const close = text.indexOf('```', open + 3);
    if (close < 0) break;
    blocks.push(
      text
        .slice(open + 3, close)
        .replace(/^[a-zA-Z]*/, '')
        .trim(),
    );
    open = text.indexOf('```', close + 3);
  }
  return blocks;
}

/**
 * Start and end of every balanced {...}, nested ones included, ordered by start; one pass with a
 * stack. Quotes count only inside braces, so an apostrophe in the prose before the JSON does not
 * hide it.
 */
function balancedObjects(text: string): [number, number][] {
  const pairs: [number, number][] = [];
  const open: number[] = [];
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
    } else if (ch === '{') open.push(i);
    else if (!open.length) continue;
    else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '}') pairs.push([open.pop()!, i]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}

const TRUNCATED_CATEGORY = /"(?:category|label|classification)"\s*:\s*"([a-zA-Z _-]{1,40})"/gi;
const TRUNCATED_CONFIDENCE =
  /"(?:confidence|score|probability)"\s*:\s*"?(\d{1,3}(?:\.\d{1,6})?%?)/gi;
const TRUNCATED_REASONING = /"(?:reasoning|reason|explanation)"\s*:\s*"([^"\\]{0,500})/i;

/**
 * An answer cut off mid-object (max_tokens reached, a dropped connection) still holds what came
 * before the cut: `{"category":"spam","confidence":0.95,"reasoning":"Asks for pay`. Read those
 * fields when they are unambiguous: the category (and the confidence, when present) stated with
 * one value only. Anything else is left for the repair re-ask.
 */
function truncatedFields(text: string): Record<string, unknown> | undefined {
  const start = text.indexOf('{');
  if (start < 0) return undefined;
  const body = text.slice(start);
  const categories = new Set(
    [...body.matchAll(TRUNCATED_CATEGORY)].map((m) => categoryFrom(m[1]!) ?? m[1]!),
  );
  const confidences = new Set([...body.matchAll(TRUNCATED_CONFIDENCE)].map((m) => m[1]!));
  if (categories.size !== 1 || confidences.size > 1) return undefined;
  return {
    category: [...categories][0],
    confidence: [...confidences][0],
    reasoning: TRUNCATED_REASONING.exec(body)?.[1] ?? '',
  };
}

/** A bare answer like `spam.` or `**needs_reply**`, without its quoting and punctuation. */
function stripQuoting(text: string): string {
  const leading = '`"\'* \t\r\n';
  const trailing = leading + '.!';
  let start = 0;
  let end = text.length;
  while (start < end && leading.includes(text[start]!)) start++;
  while (end > start && trailing.includes(text[end - 1]!)) end--;
  return text.slice(start, end);
}

/** JSON.parse, then the common near-JSON slips: smart/single quotes, bare keys, trailing commas. */
function parseLoose(candidate: string): Record<string, unknown> | undefined {
  const relaxed = candidate
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/([{,]\s*)([A-Za-z_][\w-]*)\s*:/g, '$1"$2":')
    .replace(/,\s*([}\]])/g, '$1');
  // Single quotes last: converting them breaks apostrophes inside double-quoted strings.
  const singleQuoted = relaxed.replace(/[\u2018\u2019]/g, "'").replace(/'([^'\n]*)'/g, '"$1"');
  const attempts = [candidate, relaxed, singleQuoted];
  for (const attempt of attempts) {
    try {
      const value: unknown = JSON.parse(attempt);
      if (value && typeof value === 'object' && !Array.isArray(value))
        return value as Record<string, unknown>;
    } catch {
      // try the next, more forgiving form
    }
  }
  return undefined;
}

function validate(object: Record<string, unknown>): ClassificationParseResult {
  const fields: Partial<Record<keyof ParsedClassification, unknown>> = {};
  for (const [key, value] of Object.entries(object)) {
    const field = KEY_ALIASES[key.toLowerCase().replace(/[^a-z]/g, '')];
    if (field && fields[field] === undefined) fields[field] = value;
  }
  if (fields.category === undefined)
    return { ok: false, reason: 'the "category" field is missing' };
  const category = typeof fields.category === 'string' ? categoryFrom(fields.category) : undefined;
  if (!category) {
    return {
      ok: false,
      reason: `category ${JSON.stringify(fields.category)} is not one of needs_reply, informational, spam`,
    };
  }
  const confidence = confidenceFrom(fields.confidence);
  if (confidence === undefined) {
    return {
      ok: false,
      reason: `confidence ${JSON.stringify(fields.confidence)} is not a number between 0 and 1`,
    };
  }
  const reasoning =
    typeof fields.reasoning === 'string' ? fields.reasoning.trim().slice(0, 500) : '';
  return { ok: true, value: { category, confidence, reasoning } };
}

function categoryFrom(value: string): EmailCategory | undefined {
  const key = value
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  return CATEGORY_ALIASES[key];
}

function confidenceFrom(value: unknown): number | undefined {
  if (value === undefined || value === null) return MISSING_CONFIDENCE;
  let number: number;
  if (typeof value === 'number') number = value;
  else if (typeof value === 'string') {
    const word = WORD_CONFIDENCE[value.trim().toLowerCase()];
    if (word !== undefined) return word;
    const percent = value.trim().endsWith('%');
    number = Number.parseFloat(value);
    if (percent) number /= 100;
  } else return undefined;
  if (!Number.isFinite(number) || number < 0) return undefined;
  // "85" means 85 %: models often answer on a 0-100 scale despite the instruction.
  if (number > 1 && number <= 100) number /= 100;
  return number <= 1 ? number : undefined;
}
