import type { EmailCategory, EmailForLlm } from '../../../src/modules/llm/llm-provider.port.js';
import { cleanEmailText } from '../../../src/modules/pipeline/email-text.js';
import { toLlmEmail } from '../../../src/modules/pipeline/llm-input.js';
import { prefilter } from '../../../src/modules/pipeline/prefilter.js';
import type { EvalEmail } from './eval-email.js';
import {
  CONFIDENCE_THRESHOLD,
  INPUT_TOKEN_BUDGET,
  OWNER_ADDRESS,
  toParsed,
} from './triage-input.js';

export { CONFIDENCE_THRESHOLD, toClassifierInput, toParsed } from './triage-input.js';

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
