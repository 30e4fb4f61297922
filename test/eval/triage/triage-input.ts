import type { ParsedEmail } from '../../../src/modules/gmail/gmail-client.port.js';
import { htmlToVisibleText } from '../../../src/modules/gmail/html-text.js';
import { parseAddresses } from '../../../src/modules/gmail/mime-parser.js';
import type { EmailForLlm } from '../../../src/modules/llm/llm-provider.port.js';
import { cleanEmailText } from '../../../src/modules/pipeline/email-text.js';
import { toLlmEmail } from '../../../src/modules/pipeline/llm-input.js';
import { type EvalEmail, OWNER } from './eval-email.js';

// An evaluation message as the pipeline sees it: the ParsedEmail of the Gmail parser and the
// classifier's input. Imports nothing that loads the trained model, so the trainer can use it
// while the model file does not yet match the features.

/** The defaults of CLASSIFY_CONFIDENCE_THRESHOLD and LLM_INPUT_TOKEN_BUDGET (pipeline.config.ts, llm.config.ts). */
export const CONFIDENCE_THRESHOLD = 0.6;
export const INPUT_TOKEN_BUDGET = 3_000;

export const OWNER_ADDRESS = parseAddresses(OWNER)[0]!.address;

/** The ParsedEmail the Gmail parser would produce (HTML through the same conversion). */
export function toParsed(email: EvalEmail): ParsedEmail {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(email.headers ?? {})) headers[k.toLowerCase()] = v;
  headers.from = email.from;
  headers.to = email.to ?? OWNER;
  headers.subject = email.subject;
  if (email.replyTo) headers['reply-to'] = email.replyTo;
  const fromHtml = !email.text && !!email.html;
  const html = !email.text && email.html ? htmlToVisibleText(email.html) : undefined;
  const text = email.text ?? html?.text ?? '';
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
    ...(html?.hiddenText ? { hiddenText: true as const } : {}),
    attachments: [],
    snippet: text.slice(0, 200),
  };
}

export function toClassifierInput(email: EvalEmail): EmailForLlm {
  const parsed = toParsed(email);
  return toLlmEmail(parsed, cleanEmailText(parsed.text, INPUT_TOKEN_BUDGET));
}
