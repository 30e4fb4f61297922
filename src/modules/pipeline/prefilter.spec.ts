import { describe, expect, it } from 'vitest';
import type { ParsedEmail } from '../gmail/gmail-client.port.js';
import { prefilter } from './prefilter.js';

function email(overrides: Partial<ParsedEmail> = {}): ParsedEmail {
  return {
    id: 'm1',
    threadId: 't1',
    labelIds: ['INBOX'],
    headers: {},
    from: { name: 'Dana', address: 'dana@customer.example' },
    replyTo: [],
    to: [{ address: 'me@example.com' }],
    cc: [],
    subject: 'Question?',
    receivedAt: new Date(),
    text: 'Can you help?',
    fromHtml: false,
    attachments: [],
    snippet: '',
    ...overrides,
  };
}

describe('prefilter', () => {
  const me = 'me@example.com';
  const cases: [string, Partial<ParsedEmail>, string | null][] = [
    ['an ordinary question', {}, null],
    ['Gmail spam', { labelIds: ['SPAM'] }, 'gmail-spam'],
    ['mail from the mailbox itself', { from: { address: 'ME@example.com' } }, 'from-self'],
    ['auto-replies', { headers: { 'auto-submitted': 'auto-replied' } }, 'auto-submitted'],
    ['Auto-Submitted: no is a human', { headers: { 'auto-submitted': 'no' } }, null],
    ['bulk precedence', { headers: { precedence: 'bulk' } }, 'precedence-bulk'],
    ['list precedence', { headers: { precedence: 'List' } }, 'precedence-list'],
    ['List-Id', { headers: { 'list-id': '<x.example>' } }, 'mailing-list'],
    ['List-Unsubscribe', { headers: { 'list-unsubscribe': '<mailto:u@x>' } }, 'mailing-list'],
    ['Gmail promotions', { labelIds: ['INBOX', 'CATEGORY_PROMOTIONS'] }, 'gmail-promotions'],
    ['no-reply senders', { from: { address: 'no-reply@shop.example' } }, 'no-reply-sender'],
    ['noreply senders', { from: { address: 'noreply+abc@shop.example' } }, 'no-reply-sender'],
    ['mailer-daemon', { from: { address: 'MAILER-DAEMON@mx.example' } }, 'no-reply-sender'],
    ['no sender at all', { from: null }, 'no-reply-sender'],
    ['a person called Noreen', { from: { address: 'noreen@example.org' } }, null],
  ];
  for (const [name, overrides, rule] of cases) {
    it(`${rule ? 'filters' : 'lets through'} ${name}`, () => {
      expect(prefilter(email(overrides), me)?.rule ?? null).toBe(rule);
    });
  }

  it('files Gmail spam as spam and the rest as informational', () => {
    expect(prefilter(email({ labelIds: ['SPAM'] }), me)?.category).toBe('spam');
    expect(prefilter(email({ headers: { 'list-id': 'x' } }), me)?.category).toBe('informational');
  });
});
