/**
 * The dev / held-out split, fixed before any tuning: FNV-1a (32 bit) of the message id, dev when
 * the hash modulo 5 is 0, 1 or 2 (about 60 %), held-out otherwise. A message never changes side,
 * and adding messages does not move the others.
 */
export type Split = 'dev' | 'heldout';

export function splitOf(id: string): Split {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % 5 < 3 ? 'dev' : 'heldout';
}
