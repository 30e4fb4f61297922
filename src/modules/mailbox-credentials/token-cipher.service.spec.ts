import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadConfigSlice } from '../../core/config/load-config.js';
import { AppError } from '../../core/errors/app-error.js';
import { encryptV1 } from '../../../test/support/legacy-token.js';
import { TOKEN_CIPHER_ERRORS, TokenCipher } from './token-cipher.service.js';
import { TokenKeyConfig } from './token-key.config.js';

const newKey = () => randomBytes(32).toString('base64');

function cipher(env: Record<string, string> | string | null = newKey()): TokenCipher {
  const vars = env === null ? {} : typeof env === 'string' ? { TOKEN_ENCRYPTION_KEY: env } : env;
  return new TokenCipher(loadConfigSlice(TokenKeyConfig, vars));
}

function flipByte(b64: string): string {
  const buf = Buffer.from(b64, 'base64');
  buf[0]! ^= 0x01;
  return buf.toString('base64');
}

const failed = expect.objectContaining({ code: TOKEN_CIPHER_ERRORS.DECRYPT_FAILED });

describe('TokenCipher', () => {
  const token = '1//0gLk-refresh-token_with/odd+chars=é';
  const mb = 'a6f1c0de-0000-4000-8000-000000000001';
  const other = 'a6f1c0de-0000-4000-8000-000000000002';

  it('round-trips and writes v2 with the key id and a fresh IV each time', () => {
    const c = cipher();
    const a = c.encrypt(token, mb);
    const b = c.encrypt(token, mb);
    expect(a).toMatch(/^v2:default:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('refresh-token');
    expect(c.decrypt(a, mb)).toBe(token);
    expect(c.decrypt(b, mb)).toBe(token);
    expect(c.isCurrent(a)).toBe(true);
  });

  it('binds a ciphertext to its mailbox: copied into another mailbox it does not decrypt', () => {
    const c = cipher();
    expect(() => c.decrypt(c.encrypt(token, mb), other)).toThrow(failed);
  });

  it('binds the key id: a ciphertext relabelled with another id of the ring does not decrypt', () => {
    const key = newKey();
    // Both ids hold keys the ring accepts; relabelling must fail even if the key were the same.
    const c = cipher({
      TOKEN_ENCRYPTION_KEYS: `a:${key},b:${newKey()}`,
      TOKEN_ENCRYPTION_ACTIVE_KEY_ID: 'a',
    });
    const relabelled = c.encrypt(token, mb).replace(/^v2:a:/, 'v2:b:');
    expect(() => c.decrypt(relabelled, mb)).toThrow(failed);
  });

  it('accepts a hex key', () => {
    const c = cipher(randomBytes(32).toString('hex'));
    expect(c.decrypt(c.encrypt(token, mb), mb)).toBe(token);
  });

  it('encrypts under the active key and still reads tokens under the ring’s other keys', () => {
    const [oldKey, activeKey] = [newKey(), newKey()];
    const before = cipher({ TOKEN_ENCRYPTION_KEYS: `k1:${oldKey}` }).encrypt(token, mb);
    const ring = cipher({
      TOKEN_ENCRYPTION_KEYS: `k1:${oldKey},k2:${activeKey}`,
      TOKEN_ENCRYPTION_ACTIVE_KEY_ID: 'k2',
    });
    expect(before.startsWith('v2:k1:')).toBe(true);
    expect(ring.isCurrent(before)).toBe(false);
    expect(ring.decrypt(before, mb)).toBe(token);
    const after = ring.encrypt(token, mb);
    expect(after.startsWith('v2:k2:')).toBe(true);
    expect(ring.isCurrent(after)).toBe(true);
    // Once the old key is dropped, only rows not re-encrypted become unreadable.
    const rotated = cipher({ TOKEN_ENCRYPTION_KEYS: `k2:${activeKey}` });
    expect(rotated.decrypt(after, mb)).toBe(token);
    expect(() => rotated.decrypt(before, mb)).toThrow(/key id k1 is not in the key ring/);
  });

  it('reads the legacy v1 format with any key of the ring, and reports it as not current', () => {
    const legacyKey = newKey();
    const v1 = encryptV1(legacyKey, token);
    const single = cipher(legacyKey);
    expect(single.decrypt(v1, mb)).toBe(token);
    expect(single.isCurrent(v1)).toBe(false);
    const ring = cipher({
      TOKEN_ENCRYPTION_KEYS: `old:${legacyKey},new:${newKey()}`,
      TOKEN_ENCRYPTION_ACTIVE_KEY_ID: 'new',
    });
    expect(ring.decrypt(v1, other)).toBe(token);
    expect(() => cipher().decrypt(v1, mb)).toThrow(failed);
  });

  it.each([
    ['iv', 2],
    ['ciphertext', 3],
    ['tag', 4],
  ])('rejects a tampered %s', (_name, index) => {
    const c = cipher();
    const parts = c.encrypt(token, mb).split(':');
    parts[index] = flipByte(parts[index]!);
    expect(() => c.decrypt(parts.join(':'), mb)).toThrow(failed);
  });

  it('rejects sloppy base64 in a stored value instead of decoding something else', () => {
    const c = cipher();
    const parts = c.encrypt(token, mb).split(':');
    parts[4] = parts[4]!.replace(/=+$/, '') + '!';
    expect(() => c.decrypt(parts.join(':'), mb)).toThrow(/encoding/);
  });

  it('rejects a token encrypted with another key', () => {
    const encrypted = cipher().encrypt(token, mb);
    expect(() => cipher().decrypt(encrypted, mb)).toThrow(failed);
  });

  it.each(['', 'plain-token', 'v2:a:b:c', 'v1:AAAA:BBBB', 'v3:default:a:b:c', 'v2:x'.repeat(3000)])(
    'rejects malformed input %#',
    (input) => {
      expect(() => cipher().decrypt(input, mb)).toThrow(AppError);
    },
  );

  it('constructs without a key and fails clearly only when used', () => {
    const c = cipher(null);
    expect(() => c.encrypt(token, mb)).toThrow(/TOKEN_ENCRYPTION_KEY is not set/);
    expect(() => c.decrypt('v1:a:b:c', mb)).toThrow(
      expect.objectContaining({ code: TOKEN_CIPHER_ERRORS.KEY_MISSING }),
    );
  });

  it('never puts the token or key into an error message', () => {
    const key = newKey();
    const c = cipher(key);
    const stored = c.encrypt(token, mb);
    try {
      c.decrypt(stored, other);
      expect.unreachable();
    } catch (error) {
      const text = `${(error as Error).message} ${JSON.stringify(error)}`;
      expect(text).not.toContain(key);
      expect(text).not.toContain('refresh-token');
      expect(text).not.toContain(stored.split(':')[3]);
    }
  });
});
