import type { ParsedEmail } from '../../../src/modules/gmail/gmail-client.port.js';
import { htmlToText, parseAddresses } from '../../../src/modules/gmail/mime-parser.js';
import type { EmailCategory, EmailForLlm } from '../../../src/modules/llm/llm-provider.port.js';
import { cleanEmailText } from '../../../src/modules/pipeline/email-text.js';
import { toLlmEmail } from '../../../src/modules/pipeline/llm-input.js';
import { prefilter } from '../../../src/modules/pipeline/prefilter.js';
import { type EvalEmail, OWNER } from './eval-email.js';

/** What the pipeline's classify stage does with a message, with the offline provider. */
export interface TriageOutcome {
  label: EmailCategory;
  /** The pre-filter rule that decided, if one did (no classifier call then). */
  prefilter?: string;
  /** The offline classifier's answer; present for every message (see `classifierOnly`). */
  classifier: { category: EmailCategory; confidence: number };
  /** The pipeline's category: the pre-filter's if one fired, else the classifier's. */
  category: EmailCategory;
  /** A reply draft would be written: no pre-filter, needs_reply at or above the threshold. */
  drafted: boolean;
}

/** The defaults of CLASSIFY_CONFIDENCE_THRESHOLD and LLM_INPUT_TOKEN_BUDGET (pipeline.config.ts, llm.config.ts). */
export const CONFIDENCE_THRESHOLD = 0.6;
export const INPUT_TOKEN_BUDGET = 3_000;

const OWNER_ADDRESS = parseAddresses(OWNER)[0]!.address;

/** The ParsedEmail the Gmail parser would produce (HTML through the same conversion). */
export function toParsed(email: EvalEmail): ParsedEmail {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(email.headers ?? {})) headers[k.toLowerCase()] = v;
  headers.from = email.from;
  headers.to = email.to ?? OWNER;
  headers.subject = email.subject;
  if (email.replyTo) headers['reply-to'] = email.replyTo;
  const fromHtml = !email.text && !!email.html;
  const text = email.text ?? (email.html ? htmlToText(email.html) : '');
  return {
    id: email.id,
    threadId: email.id,
    labelIds: email.labels ?? ['INBOX', 'UNREAD'],
    headers,
    from: parseAddresses(email.from)[0] ?? null,
    replyTo: email.replyTo ? parseAddresses(email.replyTo) : [],
    to: parseAddresses(email.to ?? OWNER),
    cc: [],
    subject: email.subject,
    receivedAt: new Date(0),
    text,
    fromHtml,
    attachments: [],
    snippet: text.slice(0, 200),
  };
}

export function toClassifierInput(email: EvalEmail): EmailForLlm {
  const parsed = toParsed(email);
  return toLlmEmail(parsed, cleanEmailText(parsed.text, INPUT_TOKEN_BUDGET));
}

export function triage(
  email: EvalEmail,
  classify: (input: EmailForLlm) => { category: EmailCategory; confidence: number },
): TriageOutcome {
  const parsed = toParsed(email);
  const rule = prefilter(parsed, OWNER_ADDRESS);
  const result = classify(toLlmEmail(parsed, cleanEmailText(parsed.text, INPUT_TOKEN_BUDGET)));
  const classifier = { category: result.category, confidence: result.confidence };
  const category = rule ? rule.category : classifier.category;
  return {
    label: email.label,
    prefilter: rule?.rule,
    classifier,
    category,
    drafted:
      !rule &&
      classifier.category === 'needs_reply' &&
      classifier.confidence >= CONFIDENCE_THRESHOLD,
  };
}
