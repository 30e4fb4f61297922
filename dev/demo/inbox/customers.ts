import { type DemoEmail, mid, OWNER_TO } from './demo-email.js';

const renewal: DemoEmail = {
  key: 'renewal-question',
  kind: 'customer',
  expected: 'needs_reply',
  message: {
    from: 'Ana Ruiz <ana.ruiz@brightpath.example>',
    to: OWNER_TO,
    subject: 'Question about our renewal',
    messageId: mid('renewal-question', 'brightpath.example'),
    text:
      'Hi Alex,\n\nOur annual contract is coming up for renewal soon. Could you tell me the exact renewal date, ' +
      'and whether we can add two more seats before then at the current price?\n\nThanks,\nAna Ruiz\nOperations, BrightPath',
  },
};

/** The same customer writes again in the same thread: one AI draft per thread, replaced. */
const renewalFollowUp: DemoEmail = {
  key: 'renewal-follow-up',
  kind: 'follow-up',
  expected: 'needs_reply',
  inThreadOf: 'renewal-question',
  message: {
    from: 'Ana Ruiz <ana.ruiz@brightpath.example>',
    to: OWNER_TO,
    subject: 'Re: Question about our renewal',
    messageId: mid('renewal-follow-up', 'brightpath.example'),
    inReplyTo: renewal.message.messageId,
    references: [renewal.message.messageId],
    text:
      'One more thing: could you also send me the invoice for last quarter? Our finance team is asking for it.\n\n' +
      'Ana\n\nOn Monday, Ana Ruiz wrote:\n> Our annual contract is coming up for renewal soon.',
  },
};

export const CUSTOMER_EMAILS: DemoEmail[] = [
  renewal,
  {
    key: 'login-problem',
    kind: 'customer',
    expected: 'needs_reply',
    message: {
      from: 'Tom Becker <tom@smallbiz.example>',
      to: OWNER_TO,
      subject: 'Cannot log in since the update',
      messageId: mid('login-problem', 'smallbiz.example'),
      text:
        "Hello,\n\nsince yesterday's update I can't log in to the dashboard: it says my session expired, every time. " +
        "Can you help me with this? It's blocking our month-end reporting.\n\nRegards,\nTom Becker",
    },
  },
  {
    key: 'invoice-request',
    kind: 'customer',
    expected: 'needs_reply',
    message: {
      from: 'Dana Whitfield <dana@customer.example>',
      to: OWNER_TO,
      subject: 'Order 1234: invoice and delivery date?',
      messageId: mid('invoice-request', 'customer.example'),
      text:
        'Hello,\n\nCould you please send me the invoice for order 1234? Also, when will the order ship? ' +
        'We need it on site before the 20th.\n\nThanks,\nDana',
    },
  },
  {
    key: 'enterprise-pricing',
    kind: 'customer',
    expected: 'needs_reply',
    message: {
      from: 'Kenji Watanabe <kenji.watanabe@orbitlabs.example>',
      to: OWNER_TO,
      subject: 'Enterprise plan for 250 users',
      messageId: mid('enterprise-pricing', 'orbitlabs.example'),
      text:
        'Hi Alex,\n\nWe are evaluating your product for about 250 users. Do you offer volume pricing on the enterprise plan, ' +
        'and is SSO with Okta included? Our requirements are in the attached PDF.\n\nBest regards,\nKenji Watanabe\nIT Lead, Orbit Labs',
      attachments: [
        {
          filename: 'requirements.pdf',
          contentType: 'application/pdf',
          content: '%PDF-1.4\n% demo attachment\n',
        },
      ],
    },
  },
  {
    key: 'refund-request',
    kind: 'customer',
    expected: 'needs_reply',
    message: {
      from: 'Grace Oduya <grace.oduya@mailbox.example>',
      to: OWNER_TO,
      subject: 'Charged twice this month',
      messageId: mid('refund-request', 'mailbox.example'),
      text:
        'Hi,\n\nI was charged twice for my subscription this month (two payments of $49 on the 3rd). ' +
        'Can you refund the duplicate charge, please? Your billing portal only shows one of them.\n\nGrace',
    },
  },
  {
    key: 'partnership',
    kind: 'customer',
    expected: 'needs_reply',
    message: {
      from: 'Leo Hartmann <leo@fjordworks.example>',
      to: OWNER_TO,
      subject: 'Reseller partnership in the Nordics?',
      messageId: mid('partnership', 'fjordworks.example'),
      text:
        'Hi Alex,\n\nWe are a systems integrator in Oslo and several of our clients asked about your product. ' +
        'Would you be open to a reseller partnership? If so, who should I talk to about terms?\n\nKind regards,\nLeo Hartmann',
    },
  },
  renewalFollowUp,
];
