import { describe, expect, it } from 'vitest';
import type { ParsedEmail } from '../gmail/gmail-client.port.js';
import { BULK_SPAM_MIN_PROBABILITY, prefilter } from './prefilter.js';

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

  describe('spam sent as bulk mail', () => {
    const pitch = email({
      from: { name: 'Best Deals', address: 'deals@mega-offers-daily.top' },
      headers: { 'list-unsubscribe': '<http://mega-offers-daily.top/u>', precedence: 'bulk' },
      subject: 'You have (1) unclaimed reward!!!',
      text:
        'CONGRATULATIONS!!! You have been selected to receive a FREE phone in our giveaway. ' +
        'Claim your prize now, 100% guaranteed, only 3 left! Pay just $1.95 shipping at ' +
        'http://mega-offers-daily.top/claim - offer expires today. To be removed reply REMOVE.',
    });
    const newsletter = email({
      from: { name: 'CSS Weekly', address: 'newsletter@css-weekly.example' },
      headers: { 'list-id': '<cssweekly.list>', 'list-unsubscribe': '<https://x.example/u>' },
      subject: 'CSS Weekly #612: anchor positioning in practice',
      text:
        'This week: anchor positioning in practice and a deep dive into the new color ' +
        "functions. You're receiving this because you subscribed. Unsubscribe.",
    });

    it('calls a list message spam when its text looks like spam, without an LLM', () => {
      expect(prefilter(pitch, me)).toEqual({ rule: 'bulk-spam', category: 'spam' });
    });

    it('keeps an ordinary newsletter informational', () => {
      expect(prefilter(newsletter, me)).toEqual({
        rule: 'mailing-list',
        category: 'informational',
      });
    });

    it('asks the spam judge about bulk mail only, and decides at its threshold', () => {
      const asked: string[] = [];
      const judge = (m: ParsedEmail) => {
        asked.push(m.subject);
        return BULK_SPAM_MIN_PROBABILITY;
      };
      expect(prefilter(newsletter, me, judge)?.category).toBe('spam');
      expect(prefilter(newsletter, me, () => BULK_SPAM_MIN_PROBABILITY - 0.01)?.category).toBe(
        'informational',
      );
      expect(prefilter(email({ subject: 'personal' }), me, judge)).toBeNull();
      expect(
        prefilter(
          email({ subject: 'ooo', headers: { 'auto-submitted': 'auto-replied' } }),
          me,
          judge,
        ),
      ).toEqual({ rule: 'auto-submitted', category: 'informational' });
      expect(asked).toEqual([newsletter.subject]);
    });
  });
});
