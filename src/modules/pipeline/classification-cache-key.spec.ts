import { describe, expect, it } from 'vitest';
import type { EmailForLlm } from '../llm/llm-provider.port.js';
import { classificationCacheKey } from './classification-cache-key.js';

const CLASSIFIER = 'openai:gpt-4o-mini#abc';

function mail(overrides: Partial<EmailForLlm> = {}): EmailForLlm {
  return {
    from: 'Acme Team <team@acme.example>',
    to: 'alex@example.com',
    subject: 'Office closed on Friday',
    body: 'Hello all,\n\nthe office is closed on Friday for maintenance.\n\nAcme',
    headers: { 'Reply-To': 'facilities@acme.example' },
    labelIds: ['INBOX', 'UNREAD'],
    ...overrides,
  };
}

const key = (email: EmailForLlm, classifier = CLASSIFIER, mailboxPart = '') =>
  classificationCacheKey(email, classifier, mailboxPart).toString('hex');

describe('classification cache key', () => {
  it('is a sha256 (32 bytes) and the same for the same content in another mailbox', () => {
    expect(classificationCacheKey(mail(), CLASSIFIER)).toHaveLength(32);
    // Another recipient, other Gmail labels, another unsubscribe token: the same mailing.
    const copy = mail({
      to: 'sam@example.com',
      labelIds: ['INBOX', 'IMPORTANT'],
      headers: { 'reply-to': 'facilities@acme.example', 'List-Unsubscribe': '<https://u/sam>' },
    });
    const other = mail({
      headers: { 'Reply-To': 'facilities@acme.example', 'list-unsubscribe': '<https://u/alex>' },
    });
    expect(key(copy)).toBe(key(other));
  });

  it('ignores only whitespace runs and Unicode compatibility forms', () => {
    const spaced = mail({
      subject: '  Office   closed on\tFriday ',
      body: 'Hello all,  the office is closed on Friday for maintenance. Acme',
    });
    const fullWidth = mail({ subject: 'Ｏffice closed on Friday' });
    expect(key(spaced)).toBe(key(mail()));
    expect(key(fullWidth)).toBe(key(mail()));
  });

  it.each<[string, Partial<EmailForLlm>]>([
    [
      'one character of the body',
      { body: 'Hello all,\n\nthe office is closed on Monday for maintenance.\n\nAcme' },
    ],
    [
      'a link in the body',
      { body: 'Hello all,\n\nthe office is closed on Friday: https://evil.example\n\nAcme' },
    ],
    ['case in the subject', { subject: 'Office Closed on Friday' }],
    ['the sender address', { from: 'Acme Team <team@acme-mail.example>' }],
    ['the sender name', { from: 'Acme IT <team@acme.example>' }],
    ['the Reply-To', { headers: { 'Reply-To': 'pay@elsewhere.example' } }],
    [
      'a List-Unsubscribe header at all',
      { headers: { 'Reply-To': 'facilities@acme.example', 'List-Unsubscribe': '<x>' } },
    ],
    ['hidden HTML text', { hiddenText: true }],
  ])('differs when %s differs', (_, change) => {
    expect(key(mail(change))).not.toBe(key(mail()));
  });

  it('differs by classifier (model, provider chain, prompt) and by mailbox prompt part', () => {
    expect(key(mail(), 'openai:gpt-4.1-mini#abc')).not.toBe(key(mail()));
    expect(key(mail(), 'openai:gpt-4o-mini#def')).not.toBe(key(mail()));
    expect(key(mail(), CLASSIFIER, 'Treat invoices as needing a reply.')).not.toBe(key(mail()));
  });

  it('cannot be forged by moving text between fields', () => {
    const a = mail({ subject: 'A', body: 'B C' });
    const b = mail({ subject: 'A B', body: 'C' });
    expect(key(a)).not.toBe(key(b));
  });
});
