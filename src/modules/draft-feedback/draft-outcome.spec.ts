import { describe, expect, it } from 'vitest';
import type { DraftOutcome } from '../persistence/entities/draft-feedback.entity.js';
import { acceptanceRate, ALL_OUTCOMES, mayRecord, outcomeOf } from './draft-outcome.js';

const seen = (over: Partial<Parameters<typeof outcomeOf>[0]> = {}) => ({
  draftExists: true,
  sentSimilarity: null,
  ageDays: 1,
  pendingAfterDays: 7,
  ...over,
});

describe('outcomeOf', () => {
  it('reads a send by how close the sent text is to the draft', () => {
    expect(outcomeOf(seen({ draftExists: false, sentSimilarity: 1 }))).toBe('sent_unchanged');
    expect(outcomeOf(seen({ draftExists: false, sentSimilarity: 0.98 }))).toBe('sent_unchanged');
    expect(outcomeOf(seen({ draftExists: false, sentSimilarity: 0.97 }))).toBe('sent_edited');
    expect(outcomeOf(seen({ draftExists: false, sentSimilarity: 0.5 }))).toBe('sent_edited');
    expect(outcomeOf(seen({ draftExists: false, sentSimilarity: 0.49 }))).toBe('manual_reply');
  });

  it('counts an own reply as manual even while the AI draft is still lying in the drafts', () => {
    expect(outcomeOf(seen({ draftExists: true, sentSimilarity: 0.1 }))).toBe('manual_reply');
  });

  it('is deleted when the draft vanished with nothing sent', () => {
    expect(outcomeOf(seen({ draftExists: false }))).toBe('deleted');
  });

  it('waits while the draft is young, and calls it pending after the set days', () => {
    expect(outcomeOf(seen({ ageDays: 6.9 }))).toBeNull();
    expect(outcomeOf(seen({ ageDays: 7 }))).toBe('pending');
    expect(outcomeOf(seen({ ageDays: 30, pendingAfterDays: 31 }))).toBeNull();
  });
});

describe('mayRecord (the state machine)', () => {
  it('records any first outcome', () => {
    for (const next of ALL_OUTCOMES) expect(mayRecord(null, next)).toBe(true);
  });

  it('lets any other outcome replace pending, and nothing replace a final outcome', () => {
    for (const next of ALL_OUTCOMES) expect(mayRecord('pending', next)).toBe(next !== 'pending');
    const finals: DraftOutcome[] = ['sent_unchanged', 'sent_edited', 'manual_reply', 'deleted'];
    for (const current of finals)
      for (const next of ALL_OUTCOMES) expect(mayRecord(current, next)).toBe(false);
  });
});

describe('acceptanceRate', () => {
  const counts = (c: Partial<Record<DraftOutcome, number>>): Record<DraftOutcome, number> => ({
    sent_unchanged: 0,
    sent_edited: 0,
    manual_reply: 0,
    deleted: 0,
    pending: 0,
    ...c,
  });

  it('is the sent share of the drafts whose fate is known, pending aside', () => {
    expect(
      acceptanceRate(counts({ sent_unchanged: 2, sent_edited: 1, deleted: 1, pending: 5 })),
    ).toBe(0.75);
    expect(acceptanceRate(counts({ manual_reply: 1 }))).toBe(0);
  });

  it('is null when no outcome is known yet', () => {
    expect(acceptanceRate(counts({ pending: 3 }))).toBeNull();
  });
});
