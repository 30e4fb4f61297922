import type { ParsedClassification } from './classification-parser.js';
import type { EmailCategory, EmailForLlm } from './llm-provider.port.js';
import { FEATURES, featureValues } from './offline-features.js';
import { OFFLINE_MODEL } from './offline-model.generated.js';
import { AI_MANIPULATION, DAN_JAILBREAK } from './offline-cues.js';
import { wordValues, wordsOf } from './offline-tokens.js';
import { toView, type View } from './offline-view.js';

/**
 * Deterministic offline classifier: a multinomial logistic regression over the features of
 * offline-features.ts (header facts, structure, cue counts) and the presence of a small
 * vocabulary of words (offline-tokens.ts), trained on the development part of
 * the triage evaluation set (test/eval/triage) and shipped as a generated module. Its
 * probabilities are temperature-scaled on held-back folds, so the confidence it reports is about
 * how often it is right at that confidence. The reasoning names the features that pushed most
 * towards the chosen category.
 */
const CATEGORIES = OFFLINE_MODEL.categories as readonly EmailCategory[];
/** A heuristic model is never certain; the pipeline reads anything above ~0.9 the same way. */
const MAX_CONFIDENCE = 0.95;
/**
 * Below this, an email the model finds most likely spam is given its second category, with that
 * category's low confidence (so no draft either). Chosen by cross-validation on the dev split
 * (docs/TRIAGE-EVAL.md).
 */
export const SPAM_MIN_PROBABILITY = 0.9;
const OVERRIDE_CONFIDENCE = 0.9;
/**
 * A needs_reply answer whose spam probability is at least this, and that carries a mark of spam
 * (SPAM_MARKS), gets no draft: its confidence is capped below the pipeline's default threshold
 * (CLASSIFY_CONFIDENCE_THRESHOLD, 0.6). A reply drafted to a spammer costs more than a real
 * question left for the owner to answer. Chosen by cross-validation by batch on the dev split
 * (spam drafted under 5 % while most needs_reply mail keeps its draft) and the lowest level at
 * which every needs_reply email of the demo inbox keeps its draft (docs/TRIAGE-EVAL.md).
 */
export const NO_DRAFT_SPAM_PROBABILITY = 0.3;
const NO_DRAFT_CONFIDENCE = 0.55;
const NO_DRAFT_LABEL = 'too much like spam to draft a reply';
/**
 * Requests the owner must answer in person, whatever the model's category: a changed bank
 * account, a sign-in to see a file, phone / WhatsApp / bank details, a sender imitating the
 * owner's own domain, a link hidden behind an IP address or a shortener. These are the marks
 * of payment fraud and phishing; when the mail is genuine, a drafted "sure, done" is the
 * dangerous answer anyway. Such mail keeps its category (no draft: confidence capped).
 */
const OWNER_ONLY_MARKS = new Set([
  'payment_change',
  'credential_prompt',
  'personal_details_request',
  'recipient_domain_lookalike',
  'ip_or_short_link',
]);
const OWNER_ONLY_LABEL = 'asks for payment, sign-in or personal details: answer it yourself';
/**
 * The features that are marks of spam rather than the shape of a short note: the no-draft rule
 * applies only when one of them is present, so a bare "could we talk tomorrow?" from a stranger
 * still gets its draft. Chosen by cross-validation by batch (more needs_reply drafted, no more
 * spam drafted).
 */
const SPAM_MARKS = new Set([
  'phishing',
  'scam',
  'offer',
  'cold_pitch',
  'income_scheme',
  'remove_instructions',
  'urgency',
  'money',
  'brand_mismatch',
  'lookalike_domain',
  'suspicious_tld',
  'freemail',
  'reply_to_mismatch',
  'undisclosed_recipients',
  'links',
  'ip_or_short_link',
  'shouting_subject',
  'shouting_body',
  'exclamations',
  'generic_greeting',
  'hidden_markup',
  'payment_change',
  'credential_prompt',
  'favour',
  'outreach',
  'domain_hyphens',
  'brand_in_domain',
  'recipient_domain_lookalike',
  'freemail_money',
  'hidden_html_text',
  'personal_details_request',
  'large_sum',
  'unasked_offer',
  'secrecy',
  'bulk_footer_without_list',
  'money_and_urgency',
  'link_density',
  'toll_free_number',
  'list_header_and_pitch',
  'ai_manipulation',
]);
const SPAM_MARK_COLUMNS = FEATURES.flatMap((f, j) => (SPAM_MARKS.has(f.name) ? [j] : []));
const OWNER_ONLY_COLUMNS = FEATURES.flatMap((f, j) => (OWNER_ONLY_MARKS.has(f.name) ? [j] : []));

// A model trained against another feature list would silently weigh the wrong columns.
if (
  SPAM_MARK_COLUMNS.length !== SPAM_MARKS.size ||
  OWNER_ONLY_COLUMNS.length !== OWNER_ONLY_MARKS.size ||
  OFFLINE_MODEL.features.join() !== FEATURES.map((f) => f.name).join() ||
  OFFLINE_MODEL.weights.length !== FEATURES.length + OFFLINE_MODEL.vocabulary.length
) {
  throw new Error(
    'offline-model.generated.ts or SPAM_MARKS does not match FEATURES: retrain the offline model',
  );
}
/** What the reasoning says when the words, not one feature, pushed the answer. */
const WORDING_LABEL = 'wording typical of this category';

export interface OfflineClassification extends ParsedClassification {
  /** Calibrated probability of each category. */
  scores: Record<EmailCategory, number>;
  signals: string[];
}

export function classifyOffline(email: EmailForLlm): OfflineClassification {
  const view = toView(email);
  const x = inputsOf(view);
  const probabilities = predict(x);
  const { index: best, confidence, override, note } = choose(view, probabilities, x);
  const category = CATEGORIES[best];
  const wording = x.reduce((sum, _v, j) => sum + (j >= FEATURES.length ? push(x, j, best) : 0), 0);
  const signals = [
    ...FEATURES.map((feature, j) => ({
      label: typeof feature.label === 'string' ? feature.label : feature.label(view),
      push: push(x, j, best),
    })),
    { label: WORDING_LABEL, push: wording },
  ]
    .filter((s) => s.push > 0.05)
    .sort((a, b) => b.push - a.push)
    .map(({ label }) => label);
  if (override ?? note) signals.unshift((override ?? note)!);
  const reasoning = signals.length
    ? `Offline heuristic: ${signals.slice(0, 4).join(', ')}.`
    : 'Offline heuristic: no strong signals.';
  const scores = Object.fromEntries(
    CATEGORIES.map((c, k) => [c, round(probabilities[k])]),
  ) as Record<EmailCategory, number>;
  return { category, confidence, reasoning, scores, signals };
}

/**
 * How likely the email is spam: the model's calibrated probability, or 1 when a rule (text
 * aimed at an AI assistant, Gmail's SPAM label) decides. The pre-filter asks this of bulk mail.
 */
export function spamProbability(email: EmailForLlm): number {
  const view = toView(email);
  if (overrideOf(view)) return 1;
  return predict(inputsOf(view))[CATEGORIES.indexOf('spam')];
}

/** The answer for a view whose category probabilities are known: category index and confidence. */
export function choose(
  view: View,
  probabilities: readonly number[],
  values: readonly number[] = featureValues(view),
): { index: number; confidence: number; override?: string; note?: string } {
  const override = overrideOf(view);
  const index = override ? CATEGORIES.indexOf('spam') : decide(probabilities);
  let p = override ? Math.max(OVERRIDE_CONFIDENCE, probabilities[index]) : probabilities[index];
  const needsReply = CATEGORIES[index] === 'needs_reply';
  const ownerOnly = needsReply && OWNER_ONLY_COLUMNS.some((j) => values[j] > 0);
  const doubtful =
    needsReply &&
    probabilities[CATEGORIES.indexOf('spam')] >= NO_DRAFT_SPAM_PROBABILITY &&
    SPAM_MARK_COLUMNS.some((j) => values[j] > 0);
  if (ownerOnly || doubtful) p = Math.min(p, NO_DRAFT_CONFIDENCE);
  const note = ownerOnly ? OWNER_ONLY_LABEL : doubtful ? NO_DRAFT_LABEL : undefined;
  return {
    index,
    confidence: round(Math.min(MAX_CONFIDENCE, p)),
    override,
    ...(note ? { note } : {}),
  };
}

/**
 * The category to answer, by index: the most probable one, except that spam needs a clear
 * majority. Calling a customer's email spam hides it from its owner; a doubtful spam left as
 * needs_reply still needs the confidence threshold to get a draft.
 */
export function decide(probabilities: readonly number[]): number {
  const order = probabilities.map((_p, k) => k).sort((a, b) => probabilities[b] - probabilities[a]);
  const spam = CATEGORIES.indexOf('spam');
  return order[0] === spam && probabilities[spam] < SPAM_MIN_PROBABILITY ? order[1] : order[0];
}

/**
 * Evidence no count of friendly words may outweigh: text written to steer an AI assistant, and
 * Gmail's own spam verdict. Rare in any training set, so decided by rule, not by the model.
 */
function overrideOf(view: View): string | undefined {
  if (AI_MANIPULATION.test(view.all) || DAN_JAILBREAK.test(view.all))
    return 'text aimed at manipulating an AI assistant';
  if (view.labels.has('SPAM')) return 'Gmail SPAM label';
  return undefined;
}

/** The model's inputs: the feature values, then 1/0 for each vocabulary word. */
function inputsOf(view: View): number[] {
  return [...featureValues(view), ...wordValues(wordsOf(view), OFFLINE_MODEL.vocabulary)];
}

/** Softmax of the temperature-scaled logits. */
function predict(x: number[]): number[] {
  const { bias, weights, temperature } = OFFLINE_MODEL;
  const logits = CATEGORIES.map(
    (_c, k) => (bias[k] + x.reduce((sum, v, j) => sum + v * weights[j][k], 0)) / temperature,
  );
  const top = Math.max(...logits);
  const exp = logits.map((l) => Math.exp(l - top));
  const total = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / total);
}

/** How much feature j moved the chosen category ahead of the average of the others. */
function push(x: number[], j: number, k: number): number {
  const w = OFFLINE_MODEL.weights[j];
  const others = w.filter((_v, i) => i !== k);
  return x[j] * (w[k] - others.reduce((a, b) => a + b, 0) / others.length);
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
