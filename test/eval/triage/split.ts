/**
 * The dev / held-out split. Held-out is the seventh round of the set (batches r7a–r7d): 400
 * messages written by authors who never ran a model on them, committed before any model did.
 * Everything older is dev. Held-out splits used to choose between models were retired into dev
 * and replaced by a fresh round written first: the first hash split (FNV-1a of the id, 40 %:
 * evaluated four times), round 5 (r5a–r5c: twice) and round 6 (r6a–r6d: once); their figures are
 * in docs/TRIAGE-EVAL.md. A message never moves from dev to held-out.
 */
export type Split = 'dev' | 'heldout';

/** Batches (the id's prefix) that make up the held-out split. */
export const HELD_OUT_BATCHES: ReadonlySet<string> = new Set(['r7a', 'r7b', 'r7c', 'r7d']);

export function splitOf(id: string): Split {
  return HELD_OUT_BATCHES.has(id.split('-')[0] ?? '') ? 'heldout' : 'dev';
}
