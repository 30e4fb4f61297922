import { describe, expect, it } from 'vitest';
import type { ParsedEmail } from '../gmail/gmail-client.port.js';
import { prefilter } from '../pipeline/prefilter.js';
import { classifyOffline } from './offline-classifier.js';
import * as cues from './offline-cues.js';
import { FEATURES, type View } from './offline-features.js';
import { extractQuestions, extractRequests, isQuotable } from './offline-signals.js';

/**
 * Issue 25 sweep: every regex the offline provider and the pre-filter run on email text, on
 * 500 KB of the shapes that make ambiguous quantifiers backtrack (runs of one character, of
 * whitespace around "<", "\n", ">", quotes, "@", "=", long tokens). A super-linear pattern
 * turns one of these into minutes (the suite's 30 s test timeout reports it);
 * eslint-plugin-regexp rejects such patterns before they get here.
 */
const SIZE = 500_000;
const UNITS = [
  ' ',
  '\t',
  '<',
  '>',
  '"',
  '@',
  '.',
  '=',
  '!',
  '-',
  '\n',
  '\r\n',
  '\n \n',
  '\u2028',
  'x',
  '< ',
  '< /',
  '<\n',
  '>\n',
  '‹ ',
  'a@',
  '=\n',
  '"<',
];
const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
const HOSTILE = UNITS.map((unit) => [JSON.stringify(unit), fill(unit)] as const);
/** Filler after a prefix that starts a cue, so each pattern gets past its first literal. */
const PRIMED = [
  'hi ',
  'On ',
  'ignore previous ',
  'please ',
  'you are now',
  'congratulations',
  'by ',
];

const CUE_PATTERNS = Object.entries(cues).filter(
  (entry): entry is [string, RegExp] => entry[1] instanceof RegExp,
);

function view(text: string): View {
  return {
    subject: text,
    text,
    all: text,
    local: text,
    domain: text,
    name: text,
    replyDomain: text,
    to: text,
    toFirstName: text,
    toDomain: text,
    header: () => text,
    labels: new Set(),
    hiddenText: true,
  };
}

describe('offline heuristics on 500 KB of hostile text (issue 25)', () => {
  it('covers every cue pattern', () => {
    expect(CUE_PATTERNS.length).toBeGreaterThanOrEqual(18);
  });

  it.each(HOSTILE)('no cue pattern matches a run of %s', (_unit, text) => {
    const matched = CUE_PATTERNS.filter(([, re]) => {
      re.lastIndex = 0;
      return re.test(text);
    }).map(([name]) => name);

    expect(matched).toEqual([]);
  });

  it.each(PRIMED)('cue patterns finish on "%s" followed by 500 KB of blanks and "<"', (prefix) => {
    for (const unit of [' ', '\n', '< ', '\n \n']) {
      const text = prefix + fill(unit);
      for (const [, re] of CUE_PATTERNS) {
        re.lastIndex = 0;
        expect(typeof re.test(text)).toBe('boolean');
      }
    }
  });

  it.each(HOSTILE)('every feature gives a value for a view made of a run of %s', (_unit, text) => {
    const v = view(text);
    for (const rule of FEATURES) {
      const result = rule.test(v);
      expect(['boolean', 'number']).toContain(typeof result);
      if (typeof rule.label === 'function') expect(typeof rule.label(v)).toBe('string');
    }
  });

  it.each(HOSTILE)('the classifier triages an email made of a run of %s', (_unit, text) => {
    const result = classifyOffline({
      from: `"${text}" <${text}@${text}>`,
      to: text,
      subject: text,
      body: text,
      headers: { 'List-Id': text, Precedence: text, 'Auto-Submitted': text, 'Reply-To': text },
      labelIds: ['INBOX'],
    });

    expect(['needs_reply', 'informational', 'spam']).toContain(result.category);
  });

  it.each(HOSTILE)('quotable-sentence extraction ignores a run of %s', (_unit, text) => {
    const body = `Can you call me tomorrow?\n\nPlease send the contract.\n\n${text}`;

    expect(extractQuestions(body)).toEqual(['Can you call me tomorrow?']);
    expect(extractRequests(body)).toEqual(['Please send the contract.']);
    expect(isQuotable(text)).toBe(false);
  });

  it.each(HOSTILE)('the pre-filter decides on headers made of a run of %s', (_unit, text) => {
    const email: ParsedEmail = {
      id: 'm1',
      threadId: 't1',
      labelIds: ['INBOX'],
      headers: { 'auto-submitted': text, precedence: text, 'list-id': '' },
      from: { name: text, address: `${text}@x.example` },
      replyTo: [],
      to: [],
      cc: [],
      subject: text,
      receivedAt: new Date(0),
      text,
      fromHtml: false,
      attachments: [],
      snippet: text,
    };

    // A value of blanks is no value; anything else in Auto-Submitted (but "no") is automated.
    expect(prefilter(email, 'me@example.com')?.rule ?? null).toBe(
      text.trim() ? 'auto-submitted' : null,
    );
  });
});
