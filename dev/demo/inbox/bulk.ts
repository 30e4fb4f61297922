import { bulkHeaders, type DemoEmail, mid, OWNER_TO } from './demo-email.js';

/** Newsletters, receipts, notifications and auto-replies: informational, never a draft. */
export const BULK_EMAILS: DemoEmail[] = [
  {
    key: 'weekly-newsletter',
    kind: 'newsletter',
    expected: 'informational',
    labelIds: ['INBOX', 'UNREAD', 'CATEGORY_UPDATES'],
    message: {
      from: 'The Weekly Brief <newsletter@news.example.com>',
      to: OWNER_TO,
      subject: 'Weekly Brief #112: five tools we love',
      messageId: mid('weekly-newsletter', 'news.example.com'),
      headers: bulkHeaders(
        'Weekly Brief <weekly.news.example.com>',
        '<https://news.example.com/unsubscribe?u=1>, <mailto:unsubscribe@news.example.com>',
      ),
      text:
        'Have you seen our new features? This week we look at five tools for remote teams.\n\nRead more on our site.\n\n' +
        'Unsubscribe | View this email in your browser | Manage preferences',
    },
  },
  {
    key: 'promo-sale',
    kind: 'newsletter',
    expected: 'informational',
    labelIds: ['INBOX', 'UNREAD', 'CATEGORY_PROMOTIONS'],
    message: {
      from: 'Acme Outdoor <deals@acme-outdoor.example>',
      to: OWNER_TO,
      subject: 'Autumn sale: 30% off all jackets this weekend',
      messageId: mid('promo-sale', 'acme-outdoor.example'),
      headers: bulkHeaders('<offers.acme-outdoor.example>', '<https://acme-outdoor.example/unsub>'),
      text: 'Ready for the cold? Take 30% off every jacket until Sunday. Want free shipping too? Use code AUTUMN.',
    },
  },
  {
    key: 'receipt',
    kind: 'receipt',
    expected: 'informational',
    labelIds: ['INBOX', 'UNREAD', 'CATEGORY_UPDATES'],
    message: {
      from: 'Acme Store <receipts@acme-store.example>',
      to: OWNER_TO,
      subject: 'Your receipt for order #48213',
      messageId: mid('receipt', 'acme-store.example'),
      text: 'Thank you for your purchase.\n\nOrder #48213\nTotal: $42.00\nPaid with Visa ending 4242\n\nQuestions? Visit our help centre.',
    },
  },
  {
    key: 'saas-invoice',
    kind: 'receipt',
    expected: 'informational',
    message: {
      from: 'CloudHost Billing <billing@cloudhost.example>',
      to: OWNER_TO,
      subject: 'Invoice INV-2026-0311 paid',
      messageId: mid('saas-invoice', 'cloudhost.example'),
      text:
        'Hello Alex,\n\nthis is a confirmation that invoice INV-2026-0311 ($129.00) was paid automatically. ' +
        'No action is required.\n\nCloudHost Billing',
      attachments: [
        {
          filename: 'INV-2026-0311.pdf',
          contentType: 'application/pdf',
          content: '%PDF-1.4\n% invoice\n',
        },
      ],
    },
  },
  {
    key: 'shipping-update',
    kind: 'notification',
    expected: 'informational',
    message: {
      from: 'ParcelGo <noreply@parcelgo.example>',
      to: OWNER_TO,
      subject: 'Your parcel is on its way',
      messageId: mid('shipping-update', 'parcelgo.example'),
      text: 'Your shipment 00340434 will be delivered tomorrow between 10:00 and 14:00.\n\nThis is an automated message, please do not reply.',
    },
  },
  {
    key: 'code-review',
    kind: 'notification',
    expected: 'informational',
    message: {
      from: 'GitHub <notifications@github.example>',
      to: OWNER_TO,
      subject: '[northwind/api] Fix flaky retry test (#123)',
      messageId: mid('code-review', 'github.example'),
      headers: {
        'List-Id': 'northwind/api <api.northwind.github.example>',
        'List-Unsubscribe': '<mailto:unsub@reply.github.example>',
      },
      text:
        '@marcus requested your review on this pull request. Can you take a look?\n\n-- \n' +
        'Reply to this email directly or view it on GitHub.\nYou are receiving this because your review was requested.',
    },
  },
  {
    key: 'security-alert',
    kind: 'notification',
    expected: 'informational',
    message: {
      from: 'Identity <no-reply@accounts.identity.example>',
      to: OWNER_TO,
      subject: 'Security alert: new sign-in on Mac',
      messageId: mid('security-alert', 'accounts.identity.example'),
      text: "A new sign-in on Mac.\n\nIf this was you, you don't need to do anything. If not, we'll help you secure your account.",
    },
  },
  {
    key: 'out-of-office',
    kind: 'auto-reply',
    expected: 'informational',
    message: {
      from: 'Sam Taylor <sam@partner.example>',
      to: OWNER_TO,
      subject: 'Automatic reply: Project update',
      messageId: mid('out-of-office', 'partner.example'),
      headers: { 'Auto-Submitted': 'auto-replied', 'X-Autoreply': 'yes' },
      text: 'I am out of the office until Monday with limited access to email. For urgent matters, please contact my colleague.',
    },
  },
  {
    key: 'fyi-slides',
    kind: 'FYI',
    expected: 'informational',
    message: {
      from: 'Priya Natarajan <priya@partner.example>',
      to: OWNER_TO,
      subject: 'Slides from today',
      messageId: mid('fyi-slides', 'partner.example'),
      text: "Hi Alex,\n\nattached are the slides from today's session, just for your reference. No action needed.\n\nBest,\nPriya",
      attachments: [
        {
          filename: 'session-slides.pdf',
          contentType: 'application/pdf',
          content: '%PDF-1.4\n% slides\n',
        },
      ],
    },
  },
];
