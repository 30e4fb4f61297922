import type { Feature, View } from './offline-view.js';
import {
  count,
  greetsByName,
  linkCount,
  listHeader,
  questionCount,
  shouting,
  wordsIn,
} from './offline-measures.js';
import {
  baseName,
  brandIn,
  brandInDomain,
  imitatesRecipient,
  impersonates,
} from './offline-sender-identity.js';
import { BULK_FEATURES } from './offline-bulk-features.js';
import { SPAM_FEATURES } from './offline-spam-features.js';
import {
  AI_MANIPULATION,
  COLD_PITCH,
  CREDENTIAL_PROMPT,
  DAN_JAILBREAK,
  DEADLINE,
  FAVOUR,
  FREEMAIL,
  GENERIC_GREETING,
  INCOME_SCHEME,
  LOOKALIKE_DOMAIN,
  MEETING,
  MONEY,
  OFFER,
  OUTREACH,
  PAYMENT_CHANGE,
  PERSONAL_GREETING,
  PHISHING,
  RELATIONSHIP,
  REMOVE_INSTRUCTIONS,
  REQUEST,
  SCAM,
  SHORTENED_OR_IP_LINK,
  SIGN_OFF,
  SUSPICIOUS_TLD,
  URGENCY,
} from './offline-cues.js';

/**
 * The features the offline classifier reads from an email: header facts, structure and cue
 * counts, each a small bounded number. The trained model (offline-model.generated.ts) holds one
 * weight per feature and category; the order of FEATURES is the model's column order, so a new
 * feature is added at the end and the model retrained (test/eval/train-offline-model.ts).
 */

export type { Feature, View } from './offline-view.js';

/**
 * The trained model (offline-model.generated.ts): `weights[i]` are the weights of `features[i]`
 * for each of `categories`, then those of `vocabulary[i - features.length]` (a word's presence,
 * offline-tokens.ts); `temperature` scales the logits so confidences are calibrated.
 */
export interface OfflineModel {
  categories: string[];
  features: string[];
  vocabulary: string[];
  bias: number[];
  weights: number[][];
  temperature: number;
}

const MONEY_ALL = new RegExp(MONEY.source, 'gi');

export const FEATURES: Feature[] = [
  ...BULK_FEATURES,
  {
    name: 'questions',
    label: (v) => `${Math.min(3, questionCount(v))} question(s) asked`,
    test: (v) => Math.min(3, questionCount(v)),
  },
  {
    name: 'requests',
    label: 'explicit request',
    test: (v) => count(new RegExp(REQUEST.source, 'gi'), v.text, 2),
  },
  {
    name: 'meeting',
    label: 'meeting/scheduling',
    test: (v) => MEETING.test(v.text) && (questionCount(v) > 0 || REQUEST.test(v.text)),
  },
  {
    name: 'real_reply',
    label: 'reply in an existing thread',
    test: (v) => !!(v.header('in-reply-to') || v.header('references')),
  },
  {
    name: 're_without_thread',
    label: '"Re:" subject without a thread',
    test: (v) =>
      /^\s*(?:re|aw|rv|sv)\s*:/i.test(v.subject) &&
      !(v.header('in-reply-to') || v.header('references')),
  },
  {
    name: 'greets_recipient',
    label: 'greets the recipient by name',
    test: (v) => !!v.toFirstName && greetsByName(v.text, v.toFirstName),
  },
  {
    name: 'personal_greeting',
    label: 'personal greeting',
    test: (v) => PERSONAL_GREETING.test(v.text) && !GENERIC_GREETING.test(v.text),
  },
  {
    name: 'generic_greeting',
    label: 'generic greeting ("Dear customer")',
    test: (v) => GENERIC_GREETING.test(v.text),
  },
  { name: 'sign_off', label: 'signed off by a person', test: (v) => SIGN_OFF.test(v.text) },
  {
    name: 'relationship',
    label: 'refers to an earlier contact',
    test: (v) => RELATIONSHIP.test(v.text),
  },
  { name: 'deadline', label: 'deadline mentioned', test: (v) => DEADLINE.test(v.text) },
  { name: 'phishing', label: 'phishing wording', test: (v) => count(PHISHING, v.all, 2) },
  { name: 'scam', label: 'scam/fraud wording', test: (v) => count(SCAM, v.all) },
  { name: 'offer', label: 'sales/offer wording', test: (v) => count(OFFER, v.all) },
  { name: 'cold_pitch', label: 'cold sales pitch', test: (v) => count(COLD_PITCH, v.all) },
  {
    name: 'income_scheme',
    label: 'income/work-from-home promise',
    test: (v) => count(INCOME_SCHEME, v.all, 2),
  },
  {
    name: 'remove_instructions',
    label: 'opt-out instructions',
    test: (v) => count(REMOVE_INSTRUCTIONS, v.all, 2),
  },
  { name: 'urgency', label: 'pressure/urgency', test: (v) => count(URGENCY, v.all, 2) },
  {
    name: 'money',
    label: 'money amounts',
    test: (v) => Math.min(3, (v.all.match(MONEY_ALL) ?? []).length),
  },
  {
    name: 'brand_mismatch',
    label: (v) => `display name "${brandIn(v.name)}" does not match sender domain`,
    test: (v) => impersonates(v),
  },
  {
    name: 'lookalike_domain',
    label: 'look-alike sender domain',
    test: (v) => LOOKALIKE_DOMAIN.test(baseName(v.domain)),
  },
  {
    name: 'suspicious_tld',
    label: 'suspicious sender domain',
    test: (v) => SUSPICIOUS_TLD.test(v.domain),
  },
  { name: 'freemail', label: 'free-mail sender', test: (v) => FREEMAIL.test(v.domain) },
  {
    name: 'reply_to_mismatch',
    label: 'Reply-To on another domain',
    test: (v) => !!v.replyDomain && v.replyDomain !== v.domain,
  },
  {
    name: 'undisclosed_recipients',
    label: 'undisclosed or missing recipients',
    test: (v) => !v.to.trim() || /undisclosed|recipients/i.test(v.to),
  },
  {
    name: 'links',
    label: 'links in the body',
    test: (v) => Math.min(3, Math.log2(1 + linkCount(v))),
  },
  {
    name: 'ip_or_short_link',
    label: 'IP-address or shortened link',
    test: (v) => SHORTENED_OR_IP_LINK.test(v.all),
  },
  { name: 'shouting_subject', label: 'shouting subject', test: (v) => shouting(v.subject) },
  {
    name: 'shouting_body',
    label: 'shouting body',
    test: (v) => shouting(v.text.slice(0, 2_000), 40),
  },
  {
    name: 'exclamations',
    label: 'exclamation marks',
    test: (v) =>
      Math.min(3, (v.subject.match(/!/g) ?? []).length + (v.text.match(/!{2,}/g) ?? []).length),
  },
  { name: 'short_body', label: 'very short body', test: (v) => wordsIn(v.text) < 25 },
  { name: 'long_body', label: 'long body', test: (v) => wordsIn(v.text) > 250 },
  {
    name: 'hidden_markup',
    label: 'hidden text',
    // Only markup that reached the body as text: the Gmail parser removes hidden HTML elements.
    test: (v) => /display\s*:\s*none|font-size\s*:\s*0|visibility\s*:\s*hidden/i.test(v.all),
  },
  {
    name: 'ai_manipulation',
    label: 'text aimed at manipulating an AI assistant',
    test: (v) => AI_MANIPULATION.test(v.all) || DAN_JAILBREAK.test(v.all),
  },
  {
    name: 'no_sender_name',
    label: 'sender without a display name',
    test: (v) => !v.name,
  },
  {
    name: 'question_marks',
    label: 'question marks',
    // Questions inside a run-on line ("what's your rate? need it for a pitch") or in Japanese.
    test: (v) =>
      Math.min(3, (v.text.match(/[?？]|(?:でしょうか|ますか|ですか)[。]/g) ?? []).length),
  },
  {
    name: 'toll_free_number',
    label: 'toll-free sales number',
    test: (v) =>
      /\b1[-. ]?8(?:00|88|77|66|55)[-. ]?\d{3}[-. ]?\d{4}\b|\b0800[ -]?\d{3}/.test(v.all),
  },
  {
    name: 'list_header_and_pitch',
    label: 'bulk headers on a sales pitch',
    test: (v) => listHeader(v) && count(OFFER, v.all) >= 2,
  },
  {
    name: 'payment_change',
    label: 'changed bank or payment details',
    test: (v) => count(PAYMENT_CHANGE, v.all, 2),
  },
  {
    name: 'credential_prompt',
    label: 'sign-in demanded to see a message or file',
    test: (v) => count(CREDENTIAL_PROMPT, v.all, 2),
  },
  {
    name: 'favour',
    label: 'urgent favour from someone who cannot talk',
    test: (v) => count(FAVOUR, v.all, 2),
  },
  { name: 'outreach', label: 'sales outreach wording', test: (v) => count(OUTREACH, v.all) },
  {
    name: 'domain_hyphens',
    label: 'sender domain of several hyphenated words',
    // Look-alike domains string words together ("parcel-update-uk"); real ones rarely need two
    // hyphens, and one ("acme-store") says nothing.
    test: (v) => Math.min(2, Math.max(0, (v.domain.match(/-/g) ?? []).length - 1)),
  },
  {
    name: 'brand_in_domain',
    label: 'sender domain built around a brand name',
    test: (v) => !!brandInDomain(v.domain),
  },
  {
    name: 'recipient_domain_lookalike',
    label: "sender domain imitates the recipient's",
    test: (v) => imitatesRecipient(v),
  },
  {
    name: 'freemail_money',
    label: 'free-mail sender asking about money',
    test: (v) =>
      FREEMAIL.test(v.domain) &&
      (MONEY.test(v.all) || count(PAYMENT_CHANGE, v.all) > 0 || count(FAVOUR, v.all) > 0),
  },
  {
    name: 'hidden_html_text',
    label: 'text hidden from the reader',
    // Newsletters hide a preview line too; hidden text in a personal-looking email is padding or
    // instructions meant for a filter or an AI, not for the reader.
    test: (v) => (v.hiddenText ? (listHeader(v) ? 0.5 : 1) : 0),
  },
  ...SPAM_FEATURES,
];

/** The feature vector of a view, in FEATURES order (booleans as 0/1). */
export function featureValues(view: View): number[] {
  return FEATURES.map((f) => {
    const value = f.test(view);
    return typeof value === 'number' ? value : value ? 1 : 0;
  });
}
