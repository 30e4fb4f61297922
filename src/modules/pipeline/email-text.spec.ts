import { describe, expect, it } from 'vitest';
import { cleanEmailText, cleanMessageText, estimateTokens } from './email-text.js';

describe('cleanEmailText', () => {
  it('drops quoted history and signatures', () => {
    const text =
      'Can you send the invoice?\n\nOn Mon, Jan 1, 2024 at 10:00 AM Bob <b@x.com> wrote:\n> old stuff\n> more old stuff\n';
    const clean = cleanEmailText(text, 1000);
    expect(clean).toContain('Can you send the invoice?');
    expect(clean).not.toContain('old stuff');
  });

  it('caps huge input to the token budget and says so', () => {
    const clean = cleanEmailText('word '.repeat(100_000), 500);
    expect(estimateTokens(clean)).toBeLessThanOrEqual(510);
    expect(clean.endsWith('[truncated]')).toBe(true);
  });

  it('collapses whitespace and never throws on odd input', () => {
    expect(cleanEmailText('a\r\n\r\n\r\n\r\nb\t\t c', 100)).toBe('a\n\nb c');
    expect(cleanEmailText('', 100)).toBe('');
    expect(() => cleanEmailText('\u0000\uffff>'.repeat(1000), 100)).not.toThrow();
  });
});

describe('cleanEmailText on hostile bodies (issue 25)', () => {
  // email-reply-parser is quadratic in lines and in "<": long runs of either stall it.
  it.each([
    ['blank lines', '\n'],
    ['blank lines with spaces', '\n \n'],
    ['short lines', 'a\n'],
    ['"<" and spaces', '<  '],
    ['quote markers', '> a\n'],
  ])('keeps the reply and says it cut 500 KB of %s', (_shape, unit) => {
    const clean = cleanEmailText(
      `Can you ship Friday?\n\n${unit.repeat(500_000 / unit.length)}`,
      3_000,
    );

    expect(clean.startsWith('Can you ship Friday?')).toBe(true);
    expect(estimateTokens(clean)).toBeLessThanOrEqual(3_010);
  });

  it('still drops quoted history in a long message the parser does not read', () => {
    const lines = Array.from({ length: 300 }, (_, i) => `Line ${i} of the new text.`).join('\n');
    const clean = cleanEmailText(`${lines}\n\nOn Mon, Bob <b@x.com> wrote:\n> old stuff\n`, 3_000);

    expect(clean).toContain('Line 299 of the new text.');
    expect(clean).not.toContain('old stuff');
  });
});

describe('cleanMessageText', () => {
  it('cleans a message once per budget and gives the same answer as cleanEmailText', () => {
    const message = { text: 'Can you ship Friday?\n\nOn Mon, Bob wrote:\n> old question' };
    const first = cleanMessageText(message, 100);
    expect(first).toBe(cleanEmailText(message.text, 100));
    expect(first).toBe('Can you ship Friday?');
    // Remembered: a changed body on the same object is not read again (messages never change).
    message.text = 'something else';
    expect(cleanMessageText(message, 100)).toBe(first);
    // Another budget is its own entry; another object is cleaned afresh.
    expect(cleanMessageText(message, 2)).toBe('someth\n[truncated]');
    expect(cleanMessageText({ text: 'Other body' }, 100)).toBe('Other body');
  });
});
