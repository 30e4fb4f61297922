/*
 * Text rewritten for matching that still knows, for every character, which characters of the
 * original it stands for, so a match found in the rewritten text removes the original ones
 * (contact-tokens.ts).
 */

/** Characters that render as nothing; inserted inside "ev\u200Bil.com" they defeat matching. */
const INVISIBLE = /^\p{Default_Ignorable_Code_Point}$/u;
/** Full stops NFKC leaves alone (U+FF61 becomes U+3002): browsers treat them as dots in hosts. */
const IDEOGRAPHIC_DOTS = /[\u3002\uFF61]/gu;

/** Text plus, per UTF-16 unit, the [from, to) range of the original it stands for. */
export interface Mapped {
  text: string;
  from: Int32Array;
  to: Int32Array;
}

/** Growable pair of offset arrays: typed, because every character of a reply goes through here. */
class OffsetBuilder {
  from: Int32Array;
  to: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.from = new Int32Array(Math.max(16, capacity));
    this.to = new Int32Array(Math.max(16, capacity));
  }

  push(from: number, to: number): void {
    if (this.length === this.from.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.from = grow(this.from);
      this.to = grow(this.to);
    }
    this.from[this.length] = from;
    this.to[this.length++] = to;
  }

  copy(mapped: Mapped, a: number, b: number): void {
    for (let i = a; i < b; i++) this.push(mapped.from[i], mapped.to[i]);
  }

  done(text: string): Mapped {
    return { text, from: this.from.subarray(0, this.length), to: this.to.subarray(0, this.length) };
  }
}

/**
 * The copy detection runs on: NFKC, ideographic full stops as ".", zero-width characters
 * dropped, whitespace runs as one space.
 */
export function normalise(source: string): Mapped {
  const chars: string[] = [];
  const map = new OffsetBuilder(source.length);
  let lastWasSpace = false;
  for (let i = 0; i < source.length;) {
    const start = i;
    const code = source.charCodeAt(i);
    i += code >= 0xd800 && code <= 0xdbff && i + 1 < source.length ? 2 : 1;
    let n: string;
    let space: boolean;
    if (code < 0x80) {
      n = source[start];
      space = code === 32 || (code >= 9 && code <= 13);
    } else {
      const ch = source.slice(start, i);
      if (INVISIBLE.test(ch)) continue;
      n = ch.normalize('NFKC').replace(IDEOGRAPHIC_DOTS, '.');
      space = /^\s+$/.test(n);
    }
    if (space) {
      if (lastWasSpace) {
        map.to[map.length - 1] = i;
        continue;
      }
      n = ' ';
    }
    lastWasSpace = space;
    chars.push(n);
    for (let k = 0; k < n.length; k++) map.push(start, i);
  }
  return map.done(chars.join(''));
}

/** Replaces matches in the mapped text; a replacement stands for the whole original span. */
export function rewrite(
  mapped: Mapped,
  re: RegExp,
  replace: (match: RegExpMatchArray) => string,
): Mapped {
  const parts: string[] = [];
  const map = new OffsetBuilder(mapped.text.length);
  let last = 0;
  for (const m of mapped.text.matchAll(re)) {
    const start = m.index;
    const end = start + m[0].length;
    const replacement = replace(m);
    if (replacement === m[0]) continue;
    parts.push(mapped.text.slice(last, start), replacement);
    map.copy(mapped, last, start);
    for (let k = 0; k < replacement.length; k++) map.push(mapped.from[start], mapped.to[end - 1]);
    last = end;
  }
  if (last === 0) return mapped;
  parts.push(mapped.text.slice(last));
  map.copy(mapped, last, mapped.text.length);
  return map.done(parts.join(''));
}
