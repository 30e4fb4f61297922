import { AppError, ErrorCodes } from '../../../core/errors/app-error.js';

/**
 * Opaque keyset cursors: base64url of a small JSON object. Clients pass back `next_cursor`
 * untouched; anything that does not decode to the expected shape is a 400, not a 500.
 */
export function encodeCursor(value: Record<string, number>): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

export function decodeCursor<K extends string>(
  cursor: string | undefined,
  keys: readonly K[],
): Record<K, number> | undefined {
  if (cursor === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const valid =
    typeof parsed === 'object' &&
    parsed !== null &&
    keys.every(
      (k) =>
        Number.isSafeInteger((parsed as Record<string, unknown>)[k]) &&
        ((parsed as Record<string, number>)[k] ?? -1) >= 0,
    );
  if (!valid) {
    throw new AppError(ErrorCodes.VALIDATION_FAILED, 'Invalid pagination cursor', {
      status: 400,
      details: { field: 'cursor', provided: cursor.slice(0, 100) },
    });
  }
  const out = {} as Record<K, number>;
  for (const k of keys) out[k] = (parsed as Record<K, number>)[k];
  return out;
}
