import type { DraftOutcome } from '../persistence/entities/draft-feedback.entity.js';
import { DERIVED_MIN, UNCHANGED_MIN } from './reply-similarity.js';

/**
 * The outcome state machine of one AI draft. A draft without an outcome is watched; the first
 * outcome observed is recorded once. `pending` (still a draft after FEEDBACK_PENDING_DAYS) is the
 * one outcome a later observation may replace, by any other; the rest are final:
 *
 *   (watched) ──► sent_unchanged | sent_edited | manual_reply | deleted | pending
 *   pending   ──► sent_unchanged | sent_edited | manual_reply | deleted
 *
 * DraftFeedbackRepository.record enforces the same rule in its statement, so a redelivered
 * history page or two workers observing at once never record an outcome twice.
 */
export const FINAL_OUTCOMES: readonly DraftOutcome[] = [
  'sent_unchanged',
  'sent_edited',
  'manual_reply',
  'deleted',
];
export const ALL_OUTCOMES: readonly DraftOutcome[] = [...FINAL_OUTCOMES, 'pending'];
/** The outcomes that count as the draft accepted. */
export const ACCEPTED_OUTCOMES: readonly DraftOutcome[] = ['sent_unchanged', 'sent_edited'];

export function mayRecord(current: DraftOutcome | null, next: DraftOutcome): boolean {
  if (current === null) return true;
  return current === 'pending' && next !== 'pending';
}

/** What was seen of one draft in Gmail. */
export interface DraftObservation {
  /** The draft is still in drafts.list / drafts.get. */
  draftExists: boolean;
  /** Best similarity of a message the owner sent in the thread after the draft; null: none. */
  sentSimilarity: number | null;
  /** Days since the draft was written. */
  ageDays: number;
  pendingAfterDays: number;
}

/** The outcome an observation shows, or null when the draft is still simply waiting. */
export function outcomeOf(o: DraftObservation): DraftOutcome | null {
  if (o.sentSimilarity !== null) {
    if (o.sentSimilarity >= UNCHANGED_MIN) return 'sent_unchanged';
    if (o.sentSimilarity >= DERIVED_MIN) return 'sent_edited';
    // The owner answered with their own words, whether or not the draft is still lying around.
    return 'manual_reply';
  }
  if (!o.draftExists) return 'deleted';
  return o.ageDays >= o.pendingAfterDays ? 'pending' : null;
}

/** Sent drafts (unchanged or edited) among the drafts whose outcome is known, pending aside. */
export function acceptanceRate(counts: Record<DraftOutcome, number>): number | null {
  const accepted = counts.sent_unchanged + counts.sent_edited;
  const decided = accepted + counts.manual_reply + counts.deleted;
  return decided === 0 ? null : accepted / decided;
}
