import { describe, expect, it } from 'vitest';
import { MISSING_CONFIDENCE, parseClassification } from './classification-parser.js';

describe('parseClassification', () => {
  it.each([
    [
      'plain JSON',
      '{"category":"needs_reply","confidence":0.8,"reasoning":"asks"}',
      'needs_reply',
      0.8,
    ],
    [
      'json fence',
      '```json\n{"category": "spam", "confidence": 0.95, "reasoning": "phish"}\n```',
      'spam',
      0.95,
    ],
    ['bare fence', '```\n{"category":"informational","confidence":0.6}\n```', 'informational', 0.6],
    [
      'prose around',
      'Sure! Here it is: {"category":"spam","confidence":0.7,"reasoning":"x"} Let me know.',
      'spam',
      0.7,
    ],
    [
      'other casing',
      '{"Category":"Needs Reply","Confidence":0.9,"Reasoning":"q"}',
      'needs_reply',
      0.9,
    ],
    ['upper-case value', '{"category":"SPAM","confidence":0.5}', 'spam', 0.5],
    ['hyphenated', '{"category":"needs-reply","confidence":0.5}', 'needs_reply', 0.5],
    ['alias keys', '{"label":"fyi","score":0.4,"explanation":"newsletter"}', 'informational', 0.4],
    ['percent string', '{"category":"spam","confidence":"85%"}', 'spam', 0.85],
    ['0-100 scale', '{"category":"spam","confidence":85}', 'spam', 0.85],
    ['word confidence', '{"category":"spam","confidence":"high"}', 'spam', 0.85],
    ['numeric string', '{"category":"spam","confidence":"0.3"}', 'spam', 0.3],
    [
      'single quotes + bare keys + trailing comma',
      "{category: 'informational', confidence: 0.66,}",
      'informational',
      0.66,
    ],
    [
      'smart quotes',
      '{\u201ccategory\u201d: \u201cspam\u201d, \u201cconfidence\u201d: 0.9}',
      'spam',
      0.9,
    ],
    [
      'braces inside strings',
      'Result: {"category":"needs_reply","confidence":0.7,"reasoning":"asks about {pricing}"}',
      'needs_reply',
      0.7,
    ],
    ['bare category word', 'needs_reply', 'needs_reply', MISSING_CONFIDENCE],
    ['object inside an array', '[{"category":"spam","confidence":0.6}]', 'spam', 0.6],
  ])('reads %s', (_name, raw, category, confidence) => {
    const result = parseClassification(raw);

    expect(result).toEqual({ ok: true, value: expect.objectContaining({ category, confidence }) });
  });

  it('keeps an apostrophe inside double-quoted reasoning when repairing other slips', () => {
    const result = parseClassification('{"category": "spam", "reasoning": "it\'s a scam",}');

    expect(result).toEqual({
      ok: true,
      value: { category: 'spam', confidence: MISSING_CONFIDENCE, reasoning: "it's a scam" },
    });
  });

  it('defaults a missing confidence below the default decision threshold', () => {
    const result = parseClassification('{"category":"needs_reply"}');

    expect(result.ok && result.value.confidence).toBe(0.5);
  });

  it('prefers the fenced object over an example earlier in the prose', () => {
    const result = parseClassification(
      'Format {"category": "..."}:\n```json\n{"category":"spam","confidence":0.9}\n```',
    );

    expect(result).toMatchObject({ ok: true, value: { category: 'spam' } });
  });

  it.each([
    ['empty', '   ', 'the answer was empty'],
    ['prose only', 'This looks like a customer email.', 'no JSON object found in the answer'],
    [
      'unknown category',
      '{"category":"urgent","confidence":0.5}',
      'category "urgent" is not one of needs_reply, informational, spam',
    ],
    ['missing category', '{"confidence":0.5}', 'the "category" field is missing'],
    [
      'confidence above 100',
      '{"category":"spam","confidence":250}',
      'confidence 250 is not a number between 0 and 1',
    ],
    [
      'negative confidence',
      '{"category":"spam","confidence":-0.2}',
      'confidence -0.2 is not a number between 0 and 1',
    ],
    [
      'non-numeric confidence',
      '{"category":"spam","confidence":"very"}',
      'confidence "very" is not a number between 0 and 1',
    ],
  ])('rejects %s with a reason the repair prompt can quote', (_name, raw, reason) => {
    expect(parseClassification(raw)).toEqual({ ok: false, reason });
  });

  it('caps long reasoning', () => {
    const result = parseClassification(
      JSON.stringify({ category: 'spam', confidence: 1, reasoning: 'x'.repeat(2_000) }),
    );

    expect(result.ok && result.value.reasoning.length).toBe(500);
  });
});

describe('parseClassification on an answer cut off mid-object', () => {
  it('recovers the category and confidence stated before the cut', () => {
    const result = parseClassification(
      '{"category":"spam","confidence":0.95,"reasoning":"Asks for the account password and a wire tra',
    );

    expect(result).toEqual({
      ok: true,
      value: {
        category: 'spam',
        confidence: 0.95,
        reasoning: 'Asks for the account password and a wire tra',
      },
    });
  });

  it('inside a fence that never closes, with the confidence as a percentage string', () => {
    const result = parseClassification(
      '```json\n{\n  "Category": "needs reply",\n  "confidence": "80%",\n  "reas',
    );

    expect(result).toMatchObject({
      ok: true,
      value: { category: 'needs_reply', confidence: 0.8 },
    });
  });

  it('without a confidence, falls back to the unsure default', () => {
    const result = parseClassification('{"category":"informational","reasoning":"A news');

    expect(result).toMatchObject({
      ok: true,
      value: { category: 'informational', confidence: MISSING_CONFIDENCE },
    });
  });

  it.each([
    ['two different categories', '{"category":"spam","confidence":0.9,"label":"needs_reply","re'],
    ['two different confidences', '{"category":"spam","confidence":0.9,"confidence":0.2,"re'],
    ['only a confidence', '{"confidence":0.9,"reasoning":"the category is spam'],
    ['the category value itself cut', '{"confidence":0.9,"category":"sp'],
  ])('leaves it to the repair re-ask when %s', (_name, raw) => {
    expect(parseClassification(raw).ok).toBe(false);
  });

  it('still rejects an unknown category it recovered', () => {
    expect(parseClassification('{"category":"urgent","confidence":0.9,"re')).toEqual({
      ok: false,
      reason: 'category "urgent" is not one of needs_reply, informational, spam',
    });
  });
});

describe('parseClassification on hostile answers', () => {
  it.each([
    ['unclosed braces', '{'.repeat(200_000)],
    ['unclosed fences', '```'.repeat(100_000)],
    ['quotes and braces', '{"a":"'.repeat(50_000)],
    ['many small objects', '{"x":1}'.repeat(50_000)],
    ['bare keys', '{ a   ,'.repeat(50_000)],
  ])('reads %s in one pass over a bounded prefix', (_name, raw) => {
    const started = process.hrtime.bigint();
    const result = parseClassification(raw);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;

    expect(result.ok).toBe(false);
    // Generous: quadratic scans of these inputs took seconds.
    expect(ms).toBeLessThan(250);
  });

  it('finds a classification after a long preamble within the bound', () => {
    const raw = `${'x'.repeat(10_000)} {"category":"spam","confidence":0.7}`;
    expect(parseClassification(raw)).toMatchObject({ ok: true, value: { category: 'spam' } });
  });
});
