import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../core/errors/app-error.js';
import { decodeCursor, encodeCursor } from './cursor.js';

describe('pagination cursor', () => {
  it('round-trips any non-negative integer position', () => {
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 0, max: 1 }), (id, r) => {
        expect(decodeCursor(encodeCursor({ id, r }), ['r', 'id'])).toEqual({ id, r });
      }),
    );
  });

  it('is absent when no cursor was given', () => {
    expect(decodeCursor(undefined, ['id'])).toBeUndefined();
  });

  it.each([
    '',
    'not-base64-json',
    encodeCursor({ other: 1 }),
    Buffer.from('{"id":-1}').toString('base64url'),
    Buffer.from('{"id":1.5}').toString('base64url'),
  ])('rejects %j with a 400', (bad) => {
    const error = (() => {
      try {
        decodeCursor(bad, ['id']);
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(400);
  });
});
