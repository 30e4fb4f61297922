import { describe, expect, it } from 'vitest';
import { cleanEmailText, estimateTokens } from './email-text';

describe('cleanEmailText', () => {
  it('drops quoted history and signatures', () => {
    const text = 'Can you send the invoice?\n\nOn Mon, Jan 1, 2024 at 10:00 AM Bob <b@x.com> wrote:\n> old stuff\n> more old stuff\n';
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
