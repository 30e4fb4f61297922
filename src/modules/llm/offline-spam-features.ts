import {
  CONSENT_CLAIM,
  FREEMAIL,
  LARGE_SUM,
  MONEY,
  PERSONAL_DETAILS,
  REMOVE_INSTRUCTIONS,
  SECRECY,
  UNASKED_OFFER,
  UNSUBSCRIBE,
  URGENCY,
} from './offline-cues.js';
import { linkCount, listHeader, wordsIn } from './offline-measures.js';
import type { Feature, View } from './offline-view.js';

/**
 * Marks of spam that a friendly question or request on top must not hide: what fraud asks for
 * (phone, WhatsApp, bank details), what it promises (millions), how pitches close ("want me to
 * send it over?"), secrecy, bulk footers on mail sent without list headers, and links
 * crowding a short text. Appended to FEATURES (offline-features.ts), so the model's columns keep
 * their order.
 */
const isThread = (v: View) => !!(v.header('in-reply-to') || v.header('references'));

export const SPAM_FEATURES: Feature[] = [
  {
    name: 'personal_details_request',
    label: 'asks for phone, WhatsApp or bank details',
    test: (v) => PERSONAL_DETAILS.test(v.text),
  },
  { name: 'large_sum', label: 'sums in the millions', test: (v) => LARGE_SUM.test(v.all) },
  {
    name: 'unasked_offer',
    label: 'offers to send something unasked',
    test: (v) => UNASKED_OFFER.test(v.text) && !isThread(v),
  },
  { name: 'secrecy', label: 'secrecy or reassurance', test: (v) => SECRECY.test(v.all) },
  {
    name: 'bulk_footer_without_list',
    label: 'opt-out footer without list headers',
    test: (v) =>
      !listHeader(v) &&
      (UNSUBSCRIBE.test(v.all) || REMOVE_INSTRUCTIONS.test(v.all) || CONSENT_CLAIM.test(v.all)),
  },

  {
    name: 'money_and_urgency',
    label: 'money and urgency together',
    test: (v) => MONEY.test(v.all) && URGENCY.test(v.all),
  },

  {
    name: 'link_density',
    label: 'links crowding a short text',
    test: (v) => Math.min(2, (20 * linkCount(v)) / Math.max(20, wordsIn(v.text))),
  },
  {
    name: 'same_domain_as_recipient',
    label: "sender on the recipient's own domain",
    // A colleague: the links and passwords of internal mail are not a stranger's.
    test: (v) => !!v.toDomain && v.domain === v.toDomain && !FREEMAIL.test(v.domain),
  },
];
