/**
 * The dev / held-out split. Held-out is the sixth round of the set (batches r6a–r6d): 400
 * messages written by authors who never ran a model on them, committed before any model did.
 * Everything older is dev. Held-out splits used up while the model changed were retired into
 * dev: the first hash split (FNV-1a of the id, 40 %: evaluated four times) and round 5 (r5a–r5c:
 * evaluated twice); their figures are in docs/TRIAGE-EVAL.md and its history. A message never
 * moves from dev to held-out.
 */
export type Split = 'dev' | 'heldout';

/** Batches (the id's prefix) that make up the held-out split. */
export const HELD_OUT_BATCHES: ReadonlySet<string> = new Set(['r6a', 'r6b', 'r6c', 'r6d']);

export function splitOf(id: string): Split {
  return HELD_OUT_BATCHES.has(id.split('-')[0] ?? '') ? 'heldout' : 'dev';
}
