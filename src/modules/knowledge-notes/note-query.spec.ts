import { describe, expect, it } from 'vitest';
import { MAX_TERMS, noteSearchQuery } from './note-query.js';

describe('noteSearchQuery', () => {
  it('ORs the distinct words, common words left out, longer words as prefixes', () => {
    expect(
      noteSearchQuery('Prices?', 'Hello, what are your prices for consulting next week?'),
    ).toBe('pric:* | consulti:* | next');
  });

  it('keeps numbers whole and letters of other scripts', () => {
    expect(noteSearchQuery('Termin 2026', 'Größe Müller')).toBe('term:* | 2026 | größ:* | müll:*');
  });

  it('lets nothing through that tsquery would read as syntax', () => {
    const query = noteSearchQuery("x' & !(a:* | <-> 'b'", "evil'):* & foo\\bar")!;
    expect(query).toBe('evil | foo | bar');
    for (const term of query.split(' | ')) expect(term).toMatch(/^[\p{L}\p{N}\p{M}]+(?::\*)?$/u);
  });

  it('is null when no word is worth searching for', () => {
    expect(noteSearchQuery('Re: hi', 'Thanks! Best regards')).toBeNull();
    expect(noteSearchQuery('', '')).toBeNull();
  });

  it('bounds the terms and the text read, whatever the email', () => {
    const words = Array.from({ length: 500 }, (_, i) => `word${i}x`).join(' ');
    expect(noteSearchQuery('', words)!.split(' | ')).toHaveLength(MAX_TERMS);
    const started = performance.now();
    noteSearchQuery('a'.repeat(200_000), 'b '.repeat(100_000));
    expect(performance.now() - started).toBeLessThan(200);
  });
});
