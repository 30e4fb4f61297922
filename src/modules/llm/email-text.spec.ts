import { describe, expect, it } from 'vitest';
import {
  addressOf,
  displayName,
  domainOf,
  sentences,
  stripQuoted,
  wordCount,
} from './email-text.js';

const KB500 = 500_000;

describe('displayName', () => {
  it.each([
    ['Jane Doe <jane@x.com>', 'Jane Doe'],
    ['"Jane Doe" <jane@x.com>', 'Jane Doe'],
    ['  "Jane Doe"   <jane@x.com>  ', 'Jane Doe'],
    ['"Jane <jane@x.com>', 'Jane'],
    ['jane@x.com', undefined],
    ['<jane@x.com>', undefined],
    ['jane@x.com <jane@x.com>', undefined],
    ['Jane "J" Doe <jane@x.com>', undefined],
    ['Jane <jane@x.com> trailing', undefined],
    ['Jane <a> <b>', undefined],
  ])('%s → %s', (from, name) => {
    expect(displayName(from)).toBe(name);
  });

  // Issue 25: the regex this replaced was cubic on these: a long From could stall a worker.
  it.each([
    ['spaces then a stray quote', `"a${' '.repeat(KB500)}"b <x@y.z>`],
    ['spaces and no address', ` ${' '.repeat(KB500)}x`],
    ['quoted "<" and spaces', `"<${' '.repeat(KB500)}x" <x@y.z>`],
  ])('reads a 500 KB From (%s) by its budget only', (_shape, from) => {
    expect(displayName(from)).toBeUndefined();
  });
});

describe('addressOf / domainOf', () => {
  it.each([
    ['Jane Doe <Jane@X.com>', 'jane@x.com'],
    ['<> <b@c.d>', 'b@c.d'],
    ['"a <b" <c@d.e>', 'b" <c@d.e'],
    ['write to Jane@X.com today', 'jane@x.com'],
    ['@x a@ b@c', 'b@c'],
    ['no address here', 'no address here'],
  ])('%s → %s', (from, address) => {
    expect(addressOf(from)).toBe(address);
  });

  it('finds the domain of the address', () => {
    expect(domainOf('Jane <jane@mail.x.com>')).toBe('mail.x.com');
    expect(domainOf('nobody')).toBe('');
  });

  it.each([
    ['"<" without ">"', '<'.repeat(KB500)],
    ['a token without "@"', 'x'.repeat(KB500)],
    ['"@" runs', '@'.repeat(KB500)],
  ])('reads a 500 KB sender (%s) by its budget only', (_shape, from) => {
    expect(addressOf(from).length).toBeLessThanOrEqual(1_000);
  });
});

describe('text helpers on 500 KB of hostile text', () => {
  const fills = [' ', '<', '"', '@', '.', '=', '\n', 'x', '\n \n', '<a ', '> ', 'On x wrote:'];

  it.each(fills)('stripQuoted, sentences and wordCount finish on %j', (unit) => {
    const text = `Hi Alex,\n\nCan you call me?\n\n${unit.repeat(Math.ceil(KB500 / unit.length))}`;

    expect(stripQuoted(text)).toContain('Can you call me?');
    expect(sentences(text)).toContain('Can you call me?');
    expect(wordCount(text)).toBeGreaterThan(3);
  });

  it('sentences treats markup as a break, also after a lone "<"', () => {
    expect(sentences('Is it <b>ready</b>? a < b <br>Yes.')).toEqual([
      'Is it',
      'Ready',
      '? a < b',
      'Yes.',
    ]);
  });
});
