import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { HttpConfig } from '../../core/config/http.config.js';
import { ConfigError, loadConfigSlices } from '../../core/config/load-config.js';
import { buildKeyRing } from './token-key-ring.js';
import { TokenKeyConfig } from './token-key.config.js';

const key = () => randomBytes(32).toString('base64');

/**
 * The problem lines boot reports for this environment (none: []), with another slice beside the
 * key ring's to show they are listed together.
 */
function problems(env: Record<string, string>): string[] {
  try {
    loadConfigSlices({ tokenKeys: TokenKeyConfig, http: HttpConfig }, env);
    return [];
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return error.problems;
  }
}

describe('token key ring settings', () => {
  it('accepts a single key (id "default") or a ring with an active id', () => {
    expect(problems({ TOKEN_ENCRYPTION_KEY: key() })).toEqual([]);
    expect(problems({ TOKEN_ENCRYPTION_KEY: randomBytes(32).toString('hex') })).toEqual([]);
    const [a, b] = [key(), key()];
    const env = {
      TOKEN_ENCRYPTION_KEY: a,
      TOKEN_ENCRYPTION_KEYS: `k2:${b}`,
      TOKEN_ENCRYPTION_ACTIVE_KEY_ID: 'k2',
    };
    expect(problems(env)).toEqual([]);
    const { ring } = buildKeyRing(env);
    expect([...ring!.keys.keys()]).toEqual(['default', 'k2']);
    expect(ring!.activeId).toBe('k2');
    expect(buildKeyRing({ TOKEN_ENCRYPTION_KEYS: ` only:${b} ` }).ring!.activeId).toBe('only');
    expect(buildKeyRing({}).ring).toBeUndefined();
  });

  it.each([
    ['all zero', Buffer.alloc(32).toString('base64')],
    ['all one byte', Buffer.alloc(32, 0x41).toString('base64')],
    ['few distinct bytes', Buffer.from('abcdefgh'.repeat(4)).toString('base64')],
    ['hex of a pattern', '0123456789abcdef'.repeat(4)],
    ['31 bytes', randomBytes(31).toString('base64')],
    ['33 bytes', randomBytes(33).toString('base64')],
    ['unpadded base64', key().replace(/=+$/, '')],
    ['base64 with a stray character', `${key().slice(0, 20)}!${key().slice(21)}`],
    ['base64 with whitespace', ` ${key()}`],
    ['base64url alphabet mixed in', key().replace(/[+/]/g, '-').replace(/^./, '_')],
    ['a passphrase', 'correct horse battery staple 123'],
  ])('rejects a weak or sloppy key: %s, without echoing it', (_name, value) => {
    const lines = problems({ TOKEN_ENCRYPTION_KEY: value });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^TOKEN_ENCRYPTION_KEY: /);
    expect(lines.join('\n')).not.toContain(value.trim());
  });

  it('reports one line per bad variable in the ring, naming entries, never keys', () => {
    const secret = key();
    const cases: [Record<string, string>, RegExp][] = [
      [
        { TOKEN_ENCRYPTION_KEYS: `a:${secret},a:${key()}` },
        /^TOKEN_ENCRYPTION_KEYS: .*duplicate key id a/,
      ],
      [
        { TOKEN_ENCRYPTION_KEYS: `a:${secret},b:${secret}` },
        /^TOKEN_ENCRYPTION_KEYS: key b is the same key as a/,
      ],
      [{ TOKEN_ENCRYPTION_KEYS: secret }, /^TOKEN_ENCRYPTION_KEYS: entry 1 must be id:key/],
      [
        { TOKEN_ENCRYPTION_KEYS: `x:${secret},y:${Buffer.alloc(32).toString('base64')}` },
        /^TOKEN_ENCRYPTION_KEYS: entry 2 \(y\): key is not random/,
      ],
      [
        { TOKEN_ENCRYPTION_KEY: secret, TOKEN_ENCRYPTION_KEYS: `default:${key()}` },
        /^TOKEN_ENCRYPTION_KEYS: key id default is taken/,
      ],
      [
        { TOKEN_ENCRYPTION_KEYS: `a:${secret},b:${key()}` },
        /^TOKEN_ENCRYPTION_ACTIVE_KEY_ID: required/,
      ],
      [
        { TOKEN_ENCRYPTION_KEYS: `a:${secret}`, TOKEN_ENCRYPTION_ACTIVE_KEY_ID: 'b' },
        /^TOKEN_ENCRYPTION_ACTIVE_KEY_ID: names no key/,
      ],
      [{ TOKEN_ENCRYPTION_ACTIVE_KEY_ID: 'a' }, /^TOKEN_ENCRYPTION_ACTIVE_KEY_ID: names no key/],
      [
        { TOKEN_ENCRYPTION_KEYS: `a:${secret}`, TOKEN_ENCRYPTION_ACTIVE_KEY_ID: 'a b' },
        /^TOKEN_ENCRYPTION_ACTIVE_KEY_ID: must be/,
      ],
    ];
    for (const [env, expected] of cases) {
      const lines = problems(env);
      expect(lines, JSON.stringify(Object.keys(env))).toHaveLength(1);
      expect(lines[0]).toMatch(expected);
      expect(lines[0]).not.toContain(secret);
    }
  });

  it('lists a bad single key and a bad ring on separate lines', () => {
    const lines = problems({
      TOKEN_ENCRYPTION_KEY: 'c2hvcnQ=',
      TOKEN_ENCRYPTION_KEYS: 'nope',
      PORT: '0',
    });
    expect(lines.filter((l) => l.startsWith('TOKEN_ENCRYPTION_KEY: '))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith('TOKEN_ENCRYPTION_KEYS: '))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith('PORT: '))).toHaveLength(1);
  });
});
