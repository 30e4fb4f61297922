/**
 * The dev / held-out split. Held-out is the fifth round of the set (batches r5a, r5b, r5c):
 * 300 messages written by three authors who never ran a model on them, committed before any
 * model did. Everything older is dev. The earlier held-out split (FNV-1a of the id, 40 %) was
 * evaluated four times while the model was being changed, so it was retired into dev; its
 * figures are kept in docs/TRIAGE-EVAL.md's history. A message never moves to held-out later.
 */
export type Split = 'dev' | 'heldout';

/** Batches (the id's prefix) that make up the held-out split. */
export const HELD_OUT_BATCHES: ReadonlySet<string> = new Set(['r5a', 'r5b', 'r5c']);

export function splitOf(id: string): Split {
  return HELD_OUT_BATCHES.has(id.split('-')[0] ?? '') ? 'heldout' : 'dev';
}
