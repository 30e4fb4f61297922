import { describe, expect, it } from 'vitest';
import { hashPassword, MAX_PASSWORD_LENGTH, verifyPassword } from './password-hash.js';

describe('password hash', () => {
  it('verifies the password it hashed and nothing else, with a fresh salt each time', async () => {
    const [a, b] = await Promise.all([
      hashPassword('correct horse battery'),
      hashPassword('correct horse battery'),
    ]);
    expect(a).toMatch(/^scrypt\$131072\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
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
});
