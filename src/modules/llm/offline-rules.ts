import { sentences } from './email-text.js';
import type { EmailCategory } from './llm-provider.port.js';
import {
  AI_MANIPULATION,
  AUTOMATED_NOTICE,
  AUTOMATED_SENDER,
  BRANDS,
  DEADLINE,
  FYI,
  GENERIC_GREETING,
  MEETING,
  NEWSLETTER_SUBJECT,
  OOO_BODY,
  OUT_OF_OFFICE,
  PERSONAL_GREETING,
  PHISHING,
  RECEIPT,
  REQUEST,
  SCAM,
  SHORTENED_OR_IP_LINK,
  SUSPICIOUS_TLD,
  UNSUBSCRIBE,
  URGENCY,
} from './offline-cues.js';

/**
 * Rules of the offline classifier. Each rule that fires adds `weight` (times the number a
 * numeric test returns, e.g. per question) to one category. One strong signal (Auto-Submitted,
 * a phishing phrase, text aimed at an AI) outweighs a few weak ones of another category.
 */
export interface View {
  subject: string;
  text: string;
  all: string;
  local: string;
  domain: string;
  name: string;
  header: (name: string) => string | undefined;
  labels: Set<string>;
}

export interface Rule {
  category: EmailCategory;
  label: string | ((v: View) => string);
  /** Weight when the rule fires; a number > 0 returned by `test` scales it (e.g. per question). */
  weight: number;
  test: (v: View) => boolean | number;
}

const count = (re: RegExp, text: string) =>
  new Set((text.match(re) ?? []).map((m) => m.toLowerCase())).size;
const automated = (v: View) =>
  AUTOMATED_SENDER.test(v.local) || !!v.header('list-unsubscribe') || !!v.header('auto-submitted');

export const RULES: Rule[] = [
  {
    category: 'informational',
    label: 'List-Unsubscribe header',
    weight: 2,
    test: (v) => !!v.header('list-unsubscribe'),
  },
  {
    category: 'informational',
    label: 'mailing-list header',
    weight: 1.5,
    test: (v) => !!v.header('list-id'),
  },
  {
    category: 'informational',
    label: 'Precedence: bulk/list',
    weight: 2,
    test: (v) => /bulk|list/i.test(v.header('precedence') ?? ''),
  },
  {
    category: 'informational',
    label: 'Auto-Submitted header',
    weight: 4,
    test: (v) => !!v.header('auto-submitted') && !/^no$/i.test(v.header('auto-submitted')!),
  },
  {
    category: 'informational',
    label: 'auto-reply header',
    weight: 2,
    test: (v) => !!(v.header('x-autoreply') ?? v.header('x-autorespond')),
  },
  {
    category: 'informational',
    label: 'Gmail category label',
    weight: 1.5,
    test: (v) =>
      ['CATEGORY_PROMOTIONS', 'CATEGORY_UPDATES', 'CATEGORY_SOCIAL', 'CATEGORY_FORUMS'].some((l) =>
        v.labels.has(l),
      ),
  },
  {
    category: 'informational',
    label: 'automated sender address',
    weight: 2.5,
    test: (v) => AUTOMATED_SENDER.test(v.local),
  },
  {
    category: 'informational',
    label: 'out-of-office subject',
    weight: 4,
    test: (v) => OUT_OF_OFFICE.test(v.subject),
  },
  {
    category: 'informational',
    label: 'out-of-office wording',
    weight: 2,
    test: (v) => OOO_BODY.test(v.text),
  },
  {
    category: 'informational',
    label: 'receipt/order wording',
    weight: 2.5,
    test: (v) => RECEIPT.test(v.subject),
  },
  {
    category: 'informational',
    label: 'unsubscribe/preferences footer',
    weight: 2,
    test: (v) => UNSUBSCRIBE.test(v.all),
  },
  {
    category: 'informational',
    label: 'automated-message notice',
    weight: 2.5,
    test: (v) => AUTOMATED_NOTICE.test(v.all),
  },
  {
    category: 'informational',
    label: 'FYI / no action needed',
    weight: 2,
    test: (v) => FYI.test(v.text),
  },
  {
    category: 'informational',
    label: 'newsletter subject',
    weight: 1.5,
    test: (v) => NEWSLETTER_SUBJECT.test(v.subject),
  },
  {
    category: 'needs_reply',
    label: (v) => `${Math.min(3, questionCount(v))} question(s) asked`,
    weight: 1.75,
    test: (v) => Math.min(3, questionCount(v)),
  },
  {
    category: 'needs_reply',
    label: 'explicit request',
    weight: 1.5,
    test: (v) => Math.min(2, count(new RegExp(REQUEST.source, 'gi'), v.text)),
  },
  {
    category: 'needs_reply',
    label: 'meeting/scheduling',
    weight: 1,
    test: (v) => MEETING.test(v.text) && (questionCount(v) > 0 || REQUEST.test(v.text)),
  },
  {
    category: 'needs_reply',
    label: 'ongoing conversation (Re:)',
    weight: 1,
    test: (v) => /^(?:re|aw|rv|sv)\s*:/i.test(v.subject) && !automated(v),
  },
  {
    category: 'needs_reply',
    label: 'personal greeting',
    weight: 0.75,
    test: (v) => PERSONAL_GREETING.test(v.text) && !GENERIC_GREETING.test(v.text),
  },
  {
    category: 'needs_reply',
    label: 'deadline mentioned',
    weight: 0.75,
    test: (v) => DEADLINE.test(v.text),
  },
  { category: 'spam', label: 'Gmail SPAM label', weight: 5, test: (v) => v.labels.has('SPAM') },
  {
    category: 'spam',
    label: 'phishing wording',
    weight: 2.5,
    test: (v) => Math.min(2, count(PHISHING, v.all)),
  },
  {
    category: 'spam',
    label: 'scam/marketing-spam wording',
    weight: 2,
    test: (v) => Math.min(3, count(SCAM, v.all)),
  },
  {
    category: 'spam',
    label: 'pressure/urgency',
    weight: 0.75,
    test: (v) => Math.min(2, count(URGENCY, v.all)),
  },
  {
    category: 'spam',
    label: 'generic "Dear customer" greeting',
    weight: 1.5,
    test: (v) => GENERIC_GREETING.test(v.text),
  },
  {
    category: 'spam',
    label: (v) => `display name "${brandIn(v.name)}" does not match sender domain`,
    weight: 3,
    test: (v) => impersonates(v),
  },
  {
    category: 'spam',
    label: 'suspicious sender domain',
    weight: 1,
    test: (v) => SUSPICIOUS_TLD.test(v.domain),
  },
  {
    category: 'spam',
    label: 'IP-address or shortened link',
    weight: 1.5,
    test: (v) => SHORTENED_OR_IP_LINK.test(v.all),
  },
  { category: 'spam', label: 'shouting subject', weight: 1, test: (v) => shouting(v.subject) },
  {
    category: 'spam',
    label: 'excessive exclamation marks',
    weight: 1,
    test: (v) => /!{2,}/.test(v.subject + v.text) || (v.subject.match(/!/g) ?? []).length >= 2,
  },
  {
    category: 'spam',
    label: 'hidden text',
    weight: 2,
    test: (v) => /display\s*:\s*none|font-size\s*:\s*0|visibility\s*:\s*hidden/i.test(v.all),
  },
  {
    category: 'spam',
    label: 'text aimed at manipulating an AI assistant',
    weight: 5,
    test: (v) => AI_MANIPULATION.test(v.all),
  },
];

function questionCount(v: View): number {
  return sentences(v.text).filter((s) => s.endsWith('?')).length;
}

function brandIn(name: string): string | undefined {
  const compact = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  return BRANDS.find((b) => compact.includes(b));
}

function impersonates(v: View): boolean {
  const brand = brandIn(v.name);
  return !!brand && !v.domain.replace(/[^a-z0-9.]/g, '').includes(brand);
}

function shouting(subject: string): boolean {
  const letters = subject.replace(/[^\p{L}]/gu, '');
  return letters.length >= 8 && letters.replace(/[^\p{Lu}]/gu, '').length / letters.length > 0.6;
}
