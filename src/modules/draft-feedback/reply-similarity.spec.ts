import { describe, expect, it } from 'vitest';
import { MAX_COMPARED_CHARS, replyBody, replySimilarity, similarity } from './reply-similarity.js';

const draft =
  'Hi Dana,\n\nYour order ships tomorrow morning.\n\nBest regards,\nSam\n\n-- \nSam Owner\nAcme Ltd';

describe('replyBody', () => {
  it('keeps the reply and drops the signature and the quoted history', () => {
    const sent =
      'Hi Dana,\r\n\r\nYour order ships tomorrow morning.\r\n\r\nBest regards,\r\nSam\r\n\r\n' +
      'On Mon, 7 Dec 2026 at 10:00, Dana <dana@customer.example> wrote:\r\n> When does it ship?\r\n> Dana';
    expect(replyBody(sent)).toBe('Hi Dana, Your order ships tomorrow morning. Best regards, Sam');
    expect(replyBody(draft)).toBe(replyBody(sent));
  });

  it('drops quoted lines and stops at a forwarded or original message block', () => {
    expect(replyBody('Thanks!\n> quoted\nmore\n-----Original Message-----\nold')).toBe(
      'Thanks! more',
    );
  });

  it('bounds what it reads and what it returns, whatever the input', () => {
    const hostile = `${'On '.repeat(50_000)}\n${'x'.repeat(100_000)}`;
    const started = Date.now();
    const body = replyBody(hostile);
    expect(body.length).toBeLessThanOrEqual(MAX_COMPARED_CHARS);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});

describe('similarity', () => {
  it('is 1 for the same text, 0 for nothing in common, and in between for edits', () => {
    expect(similarity('abc', 'abc')).toBe(1);
    expect(similarity('', '')).toBe(1);
    expect(similarity('abc', 'xyz')).toBe(0);
    const edited = similarity('Your order ships tomorrow.', 'Your order ships tomorrow, sorry!');
    expect(edited).toBeGreaterThan(0.7);
    expect(edited).toBeLessThan(0.98);
  });

  it('scores a sent draft as written at 1 once whitespace, signature and quote are set aside', () => {
    const sent = `${draft.replace(/\n\n/g, '\n \n')}\n\nOn Monday, Dana wrote:\n> hello`;
    expect(replySimilarity(draft, sent)).toBe(1);
  });

  it('scores an unrelated reply of the owner low', () => {
    const own = 'Dana, I called the warehouse: it left today. Sam';
    expect(replySimilarity(draft, own)).toBeLessThan(0.5);
  });

  it('compares two maximal bodies quickly (CPU bounded)', () => {
    const a = 'a'.repeat(50_000);
    const b = 'b'.repeat(50_000);
    const started = Date.now();
    expect(replySimilarity(a, b)).toBe(0);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
