import type { View } from './offline-view.js';

/**
 * The words of an email the offline model reads besides its structural features: which of the
 * model's vocabulary (chosen at training time, test/eval/train-offline-model.ts) occur in the
 * subject and the newly written text. Presence only, so a word repeated a hundred times counts
 * once; the first MAX_WORDS words only, so a long body costs no more than a short one.
 */
const MAX_WORDS = 600;
/** Letters, apostrophes inside; bounded length, so matching is linear. */
const WORD = /\p{L}[\p{L}'’]{2,24}/gu;

export function wordsOf(view: View): Set<string> {
  const words = new Set<string>();
  let seen = 0;
  for (const m of `${view.subject}\n${view.text}`.matchAll(WORD)) {
    if (++seen > MAX_WORDS) break;
    words.add(m[0].toLowerCase().replace(/’/g, "'"));
  }
  return words;
}

/** 1/0 for each vocabulary word, in vocabulary order. */
export function wordValues(words: ReadonlySet<string>, vocabulary: readonly string[]): number[] {
  return vocabulary.map((w) => (words.has(w) ? 1 : 0));
}
