import {
  AUTOMATED_NOTICE,
  AUTOMATED_SENDER,
  CONSENT_CLAIM,
  FYI,
  NEWSLETTER_SUBJECT,
  OOO_BODY,
  OUT_OF_OFFICE,
  RECEIPT,
  UNSUBSCRIBE,
} from './offline-cues.js';
import type { Feature } from './offline-view.js';

/**
 * Marks of automated and bulk mail: list and auto-reply headers, Gmail's own categories,
 * no-reply senders, receipts, notices and newsletter wording. The first columns of FEATURES
 * (offline-features.ts), in the model's order.
 */
export const BULK_FEATURES: Feature[] = [
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
];
