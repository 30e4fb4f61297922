import { sentences } from './email-text.js';
import { LINK } from './offline-cues.js';
import type { View } from './offline-view.js';

/** Small measures of a view that several offline features share; all read bounded text. */

/** Distinct matches of a global pattern (case-insensitive), at most `max`. */
export function count(re: RegExp, text: string, max = 3): number {
  re.lastIndex = 0;
  return Math.min(max, new Set((text.match(re) ?? []).map((m) => m.toLowerCase())).size);
}

export function listHeader(v: View): boolean {
  return !!(v.header('list-id') || v.header('list-unsubscribe'));
}

/** Links in the subject and body, at most 16. */
export function linkCount(v: View): number {
  LINK.lastIndex = 0;
  let n = 0;
  while (n < 16 && LINK.exec(v.all)) n++;
  return n;
}

export function wordsIn(text: string): number {
  // CJK text has no spaces: count its characters in pairs so a Japanese email is not "short".
  const cjk = (text.match(/[\u3040-\u30ff\u4e00-\u9fff]/g) ?? []).length;
  return text.split(/\s+/).filter(Boolean).length + Math.floor(cjk / 2);
}

export function shouting(text: string, min = 8): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= min && letters.replace(/[^\p{Lu}]/gu, '').length / letters.length > 0.6;
}

export function questionCount(v: View): number {
  return sentences(v.text).filter((s) => /[?？]$/.test(s) || s.startsWith('¿')).length;
}

/** "Hi Sam", "Dear Sam", "Sam," or "Sam -" within the first lines. */
export function greetsByName(text: string, first: string): boolean {
  const head = text.slice(0, 300).toLowerCase();
  const name = first.toLowerCase();
  const at = head.indexOf(name);
  if (at < 0) return false;
  const after = head.charAt(at + name.length);
  const before = at === 0 ? '' : head.charAt(at - 1);
  return !/\p{L}/u.test(after) && (before === '' || !/\p{L}/u.test(before));
}
