import type { EmailCategory } from '../../../src/modules/llm/llm-provider.port.js';
import type { MailboxSettingsDocument } from '../../../src/modules/mailbox-settings/mailbox-settings.js';
import type { GmailMessageSpec } from '../../../test/fakes/gmail/gmail-message.builder.js';

/** The demo mailbox's owner: every seed email is addressed to them. */
export const DEMO_OWNER = { name: 'Alex Morgan', address: 'alex@northwind.example' } as const;
export const OWNER_TO = `${DEMO_OWNER.name} <${DEMO_OWNER.address}>`;

/**
 * The demo mailbox's own settings (PUT /api/v1/mailboxes/:id/settings): who the owner is, how
 * replies should read, the signature every draft ends with, and a triage preference.
 */
export const DEMO_SETTINGS = {
  owner_name: DEMO_OWNER.name,
  about_me: 'Operations lead at Northwind Traders, a small wholesale tea importer.',
  reply_instructions:
    'Warm and brief, at most five sentences. Never promise a delivery date; quote a price only as the notes give it.',
  signature: `${DEMO_OWNER.name}\nOperations · Northwind Traders\nhttps://northwind.example · +1 555 0100`,
  triage_rules: ['Mail from customers about an order always needs a reply.'],
} satisfies MailboxSettingsDocument;

/**
 * The demo mailbox's knowledge note (POST /api/v1/mailboxes/:id/notes): the renewal question
 * finds it by full-text search and its draft passes the price and the link on.
 */
export const DEMO_NOTES = [
  {
    title: 'Renewals and extra seats',
    body:
      'Contracts renew on the first day of the contract month. Extra seats cost 12 USD per seat per month ' +
      'at the current price and can be added any time before the renewal.',
    links: ['https://northwind.example/renewals'],
  },
];

export type DemoKind =
  | 'customer'
  | 'meeting'
  | 'follow-up'
  | 'non-English'
  | 'HTML-only'
  | 'newsletter'
  | 'receipt'
  | 'notification'
  | 'auto-reply'
  | 'FYI'
  | 'spam'
  | 'injection';

/**
 * One email of the demo inbox, with what a sensible assistant does with it. `expected` is what a
 * careful human triage gives; the summary reports where the model (offline or real) disagrees.
 */
export interface DemoEmail {
  /** Stable, unique, short: used in logs, the summary and tests. */
  key: string;
  kind: DemoKind;
  message: GmailMessageSpec & { messageId: string };
  expected: EmailCategory;
  /** Gmail files it as spam itself: it never reaches INBOX, so the service never sees it. */
  gmailSpam?: boolean;
  /** Gmail labels on arrival (default: INBOX, UNREAD, CATEGORY_PERSONAL). */
  labelIds?: string[];
  /** A reply in the thread of another demo email (delivered after it). */
  inThreadOf?: string;
}

/** An RFC 5322 Message-ID for a demo email, unique per key. */
export function mid(key: string, domain: string): string {
  return `<${key}.${Date.now().toString(36)}@${domain}>`;
}

/** Headers every bulk sender sets (RFC 2369 / 2919, and Precedence). */
export function bulkHeaders(
  listId: string,
  unsubscribe: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  return { 'List-Id': listId, 'List-Unsubscribe': unsubscribe, Precedence: 'bulk', ...extra };
}
