import { sentences } from './email-text.js';
import type { Feature, View } from './offline-view.js';
import { count, linkCount, listHeader, shouting, wordsIn } from './offline-measures.js';
import { SPAM_FEATURES } from './offline-spam-features.js';
import {
  AI_MANIPULATION,
  AUTOMATED_NOTICE,
  AUTOMATED_SENDER,
  BRANDS,
  COLD_PITCH,
  CREDENTIAL_PROMPT,
  CONSENT_CLAIM,
  DAN_JAILBREAK,
  DEADLINE,
  FAVOUR,
  FREEMAIL,
  FYI,
  GENERIC_GREETING,
  INCOME_SCHEME,
  LOOKALIKE_DOMAIN,
  MEETING,
  MONEY,
  NEWSLETTER_SUBJECT,
  OFFER,
  OOO_BODY,
  OUT_OF_OFFICE,
  OUTREACH,
  PAYMENT_CHANGE,
  PERSONAL_GREETING,
  PHISHING,
  RECEIPT,
  RELATIONSHIP,
  REMOVE_INSTRUCTIONS,
  REQUEST,
  SCAM,
  SHORTENED_OR_IP_LINK,
  SIGN_OFF,
  SUSPICIOUS_TLD,
  UNSUBSCRIBE,
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
  {
    name: 'list_unsubscribe',
    label: 'List-Unsubscribe header',
    test: (v) => !!v.header('list-unsubscribe'),
  },
  { name: 'list_id', label: 'mailing-list header', test: (v) => !!v.header('list-id') },
  {
    name: 'precedence_bulk',
    label: 'Precedence: bulk/list',
    test: (v) => /bulk|list|junk/i.test(v.header('precedence') ?? ''),
  },
  {
    name: 'auto_submitted',
    label: 'Auto-Submitted header',
    test: (v) => !!v.header('auto-submitted') && !/^\s*no\s*$/i.test(v.header('auto-submitted')!),
  },
  {
    name: 'gmail_category',
    label: 'Gmail category label',
    test: (v) =>
      ['CATEGORY_PROMOTIONS', 'CATEGORY_UPDATES', 'CATEGORY_SOCIAL', 'CATEGORY_FORUMS'].some((l) =>
        v.labels.has(l),
      ),
  },
  { name: 'gmail_spam', label: 'Gmail SPAM label', test: (v) => v.labels.has('SPAM') },
  {
    name: 'automated_sender',
    label: 'automated sender address',
    test: (v) => AUTOMATED_SENDER.test(v.local),
  },
  {
    name: 'out_of_office',
    label: 'out-of-office reply',
    test: (v) => OUT_OF_OFFICE.test(v.subject) || OOO_BODY.test(v.text),
  },
  {
    name: 'receipt_subject',
    label: 'receipt/order/delivery subject',
    test: (v) => RECEIPT.test(v.subject),
  },
  {
    name: 'unsubscribe_text',
    label: 'unsubscribe/preferences footer',
    test: (v) => UNSUBSCRIBE.test(v.all),
  },
  {
    name: 'consent_claim',
    label: '"you are receiving this because…"',
    test: (v) => CONSENT_CLAIM.test(v.all),
  },
  {
    name: 'automated_notice',
    label: 'automated-message notice',
    test: (v) => AUTOMATED_NOTICE.test(v.all),
  },
  { name: 'fyi', label: 'FYI / no action needed', test: (v) => FYI.test(v.text) },
  {
    name: 'newsletter_subject',
    label: 'newsletter subject',
    test: (v) => NEWSLETTER_SUBJECT.test(v.subject),
  },
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

/** Brands whose name is long enough to be told apart inside a domain ("amazon-remote-jobs"). */
const DOMAIN_BRANDS = BRANDS.filter((b) => b.length >= 6);

function brandInDomain(domain: string): string | undefined {
  if (FREEMAIL.test(domain)) return undefined;
  const base = baseName(domain);
  const flat = domain.toLowerCase().replace(/[^a-z0-9]/g, '');
  return DOMAIN_BRANDS.find((b) => flat.includes(b) && base !== b);
}

/** "kellerworks-hr.com" or "kellerworks.voice-message.app" writing to someone at kellerworks.com. */
function imitatesRecipient(v: View): boolean {
  const own = baseName(v.toDomain);
  if (own.length < 4 || FREEMAIL.test(v.toDomain)) return false;
  // The top-level label is left out: a sender at "shop.example" does not imitate "example.com".
  const flat = v.domain
    .toLowerCase()
    .replace(/\.[^.]*$/, '')
    .replace(/[^a-z0-9]/g, '');
  return baseName(v.domain) !== own && flat.includes(own.replace(/-/g, ''));
}

function questionCount(v: View): number {
  return sentences(v.text).filter((s) => /[?？]$/.test(s) || s.startsWith('¿')).length;
}

/** "Hi Sam", "Dear Sam", "Sam," or "Sam -" within the first lines. */
function greetsByName(text: string, first: string): boolean {
  const head = text.slice(0, 300).toLowerCase();
  const name = first.toLowerCase();
  const at = head.indexOf(name);
  if (at < 0) return false;
  const after = head.charAt(at + name.length);
  const before = at === 0 ? '' : head.charAt(at - 1);
  return !/\p{L}/u.test(after) && (before === '' || !/\p{L}/u.test(before));
}

function brandIn(name: string): string | undefined {
  // Whole words (and neighbouring pairs, for "Royal Mail"): "chase" must not match "purchase".
  const words = name
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const pairs = words.slice(1).map((w, i) => words[i] + w);
  return BRANDS.find((b) => words.includes(b) || pairs.includes(b));
}

/** The registrable name of a domain: "paypal" for "mail.paypal.co.uk". */
function baseName(domain: string): string {
  const labels = domain.toLowerCase().split('.').filter(Boolean);
  if (labels.length < 2) return labels[0] ?? '';
  const second = labels[labels.length - 2];
  const secondLevel = /^(?:co|com|org|net|ac|gov|ne|or|gv)$/.test(second) && labels.length >= 3;
  return secondLevel ? labels[labels.length - 3] : second;
}

function impersonates(v: View): boolean {
  const brand = brandIn(v.name);
  return !!brand && !baseName(v.domain).replace(/-/g, '').includes(brand);
}

/** The feature vector of a view, in FEATURES order (booleans as 0/1). */
export function featureValues(view: View): number[] {
  return FEATURES.map((f) => {
    const value = f.test(view);
    return typeof value === 'number' ? value : value ? 1 : 0;
  });
}
