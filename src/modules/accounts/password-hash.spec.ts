import { randomBytes, scryptSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashPassword, MAX_PASSWORD_LENGTH, verifyPassword } from './password-hash.js';

describe('password hash', () => {
  it('verifies the password it hashed and nothing else, with a fresh salt each time', async () => {
    const [a, b] = await Promise.all([
      hashPassword('correct horse battery'),
      hashPassword('correct horse battery'),
    ]);
    expect(a).toMatch(/^scrypt\$16384\$8\$5\$[\w-]{22}\$[\w-]{43}$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct horse battery', a)).toBe(true);
    expect(await verifyPassword('correct horse batterY', a)).toBe(false);
  });

  it('refuses malformed hashes and oversized passwords without hashing them', async () => {
    const good = await hashPassword('p'.repeat(20));
    for (const stored of ['', 'bcrypt$x', good.replace('scrypt', 'md5'), `${good}$extra`])
      expect(await verifyPassword('p'.repeat(20), stored)).toBe(false);
    expect(await verifyPassword('p'.repeat(MAX_PASSWORD_LENGTH + 1), good)).toBe(false);
  });

  it('verifies a hash made with other parameters by the ones stored in it', async () => {
    const salt = randomBytes(16);
    const options = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
    const key = scryptSync('an older account password', salt, 32, options);
    const stored = [
      'scrypt',
      2 ** 15,
      8,
      1,
      salt.toString('base64url'),
      key.toString('base64url'),
    ].join('$');
    expect(await verifyPassword('an older account password', stored)).toBe(true);
    expect(await verifyPassword('a different password!', stored)).toBe(false);
  });

  it('answers every one of a burst of checks (at most two hash at once)', async () => {
    const stored = await hashPassword('burst password 1');
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => verifyPassword(`burst password ${i + 1}`, stored)),
    );
    expect(results).toEqual([true, false, false, false, false, false]);
  });
});
