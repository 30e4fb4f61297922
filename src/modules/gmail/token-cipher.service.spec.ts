import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../core/config/load-config';
import { AppError } from '../../core/errors/app-error';
import { TOKEN_CIPHER_ERRORS, TokenCipher } from './token-cipher.service';

function cipher(key: string | null = randomBytes(32).toString('base64')): TokenCipher {
  return new TokenCipher(loadConfig(key === null ? {} : { TOKEN_ENCRYPTION_KEY: key }));
}

function flipByte(b64: string): string {
  const buf = Buffer.from(b64, 'base64');
  buf[0]! ^= 0x01;
  return buf.toString('base64');
}

describe('TokenCipher', () => {
  const token = '1//0gLk-refresh-token_with/odd+chars=é';

  it('round-trips and writes the versioned format with a fresh IV each time', () => {
    const c = cipher();
    const a = c.encrypt(token);
    const b = c.encrypt(token);
    expect(a).toMatch(/^v1:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('refresh-token');
    expect(c.decrypt(a)).toBe(token);
    expect(c.decrypt(b)).toBe(token);
  });

  it('accepts a hex key', () => {
    const c = cipher(randomBytes(32).toString('hex'));
    expect(c.decrypt(c.encrypt(token))).toBe(token);
  });

  it.each([
    ['ciphertext', 3],
    ['tag', 2],
    ['iv', 1],
  ])('rejects a tampered %s', (_name, index) => {
    const c = cipher();
    const parts = c.encrypt(token).split(':');
    parts[index] = flipByte(parts[index]!);
    expect(() => c.decrypt(parts.join(':'))).toThrow(
      expect.objectContaining({ code: TOKEN_CIPHER_ERRORS.DECRYPT_FAILED }),
    );
  });

  it('rejects a token encrypted with another key', () => {
    const encrypted = cipher().encrypt(token);
    expect(() => cipher().decrypt(encrypted)).toThrow(
      expect.objectContaining({ code: TOKEN_CIPHER_ERRORS.DECRYPT_FAILED }),
    );
  });

  it.each(['', 'plain-token', 'v2:a:b:c', 'v1:AAAA:BBBB'])(
    'rejects malformed input %j',
    (input) => {
      expect(() => cipher().decrypt(input)).toThrow(AppError);
    },
  );

  it('constructs without a key and fails clearly only when used', () => {
    const c = cipher(null);
    expect(() => c.encrypt(token)).toThrow(/TOKEN_ENCRYPTION_KEY is not set/);
    expect(() => c.decrypt('v1:a:b:c')).toThrow(
      expect.objectContaining({ code: TOKEN_CIPHER_ERRORS.KEY_MISSING }),
    );
  });
});
