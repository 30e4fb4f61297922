import { describe, expect, it } from 'vitest';
import { wordValues, wordsOf } from './offline-tokens.js';
import { toView } from './offline-view.js';

const view = (subject: string, body: string) =>
  toView({ from: 'A <a@example.com>', subject, body });

describe('offline model words', () => {
  it('reads lower-cased words of three letters or more from the subject and the new text', () => {
    const words = wordsOf(view('Invoice QUERY', "Hi Sam, it's the PO number.\n\n> quoted history"));
    expect([...words].sort()).toEqual(['invoice', "it's", 'number', 'query', 'sam', 'the']);
  });

  it('reads a bounded number of words however long the body', () => {
    // 5,000 distinct words: base 26 with the digits spelled as the letters q-z.
    const word = (i: number) => `ww${i.toString(26).replace(/\d/g, (d) => 'qrstuvwxyz'[+d])}`;
    const body = Array.from({ length: 5_000 }, (_v, i) => word(i)).join(' ');
    expect(wordsOf(view('', body)).size).toBe(600);
  });

  it('gives 1/0 presence in vocabulary order', () => {
    expect(wordValues(new Set(['verify', 'account']), ['account', 'invoice', 'verify'])).toEqual([
      1, 0, 1,
    ]);
  });
});
