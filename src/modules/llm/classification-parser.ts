import type { EmailCategory } from './llm-provider.port';

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

export function parseClassification(raw: string): ClassificationParseResult {
  const text = raw.trim();
  if (!text) return { ok: false, reason: 'the answer was empty' };
  for (const candidate of jsonCandidates(text)) {
    const object = parseLoose(candidate);
    if (object) return validate(object);
  }
  const bare = categoryFrom(text.replace(/[`"'.!*\s]+$/g, '').replace(/^[`"'*\s]+/, ''));
  if (bare)
    return { ok: true, value: { category: bare, confidence: MISSING_CONFIDENCE, reasoning: '' } };
  return { ok: false, reason: 'no JSON object found in the answer' };
}

/** Fenced blocks first, then every balanced {...} in order of appearance. */
function jsonCandidates(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/```[a-zA-Z]*\s*([\s\S]*?)```/g)) found.push(match[1].trim());
  for (let start = text.indexOf('{'); start >= 0; start = text.indexOf('{', start + 1)) {
    const end = matchingBrace(text, start);
    if (end > start) found.push(text.slice(start, end + 1));
  }
  return found;
}

function matchingBrace(text: string, start: number): number {
  let depth = 0;
  let quote: string | null = null;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return i;
  }
  return -1;
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
