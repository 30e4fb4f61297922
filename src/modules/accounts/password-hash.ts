import {
  randomBytes,
  scrypt as scryptCallback,
  timingSafeEqual,
  type ScryptOptions,
} from 'node:crypto';

const scryptRaw = (password: string, salt: Buffer, length: number, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) =>
    scryptCallback(password, salt, length, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );

/**
 * Hashes running at once in this process. Each holds 128 × N × r bytes outside the JS heap
 * (16 MiB with PARAMS) and a libuv thread: unbounded, a burst of sign-ins (they need no account:
 * an unknown address is checked against a decoy) could take the api pod past its memory limit
 * and starve the thread pool other I/O shares. Callers beyond it wait their turn.
 */
const MAX_CONCURRENT = 2;
let running = 0;
const waiting: (() => void)[] = [];

async function scrypt(
  password: string,
  salt: Buffer,
  length: number,
  options: ScryptOptions,
): Promise<Buffer> {
  if (running >= MAX_CONCURRENT) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await scryptRaw(password, salt, length, options);
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/**
 * One of OWASP's equivalent scrypt settings (N=2^14, r=8, p=5): the same defence as N=2^17, p=1
 * with an eighth of the memory per hash. Stored hashes keep their own parameters.
 */
const PARAMS = { N: 2 ** 14, r: 8, p: 5 } as const;
const KEY_LENGTH = 32;
/** Passwords longer than this are refused before hashing: scrypt's cost grows with input. */
export const MAX_PASSWORD_LENGTH = 256;
export const MIN_PASSWORD_LENGTH = 12;

/** `scrypt$N$r$p$salt$key` (base64url), the parameters kept so they can be raised later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, KEY_LENGTH, { ...PARAMS, maxmem: 256 * 1024 * 1024 });
  return [
    'scrypt',
    PARAMS.N,
    PARAMS.r,
    PARAMS.p,
    salt.toString('base64url'),
    key.toString('base64url'),
  ].join('$');
}

/** Constant-time check of a password against a stored hash; false for any malformed hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  if (password.length > MAX_PASSWORD_LENGTH) return false;
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [N, r, p] = parts.slice(1, 4).map(Number);
  const salt = Buffer.from(parts[4], 'base64url');
  const expected = Buffer.from(parts[5], 'base64url');
  if (![N, r, p].every(Number.isSafeInteger) || expected.length !== KEY_LENGTH) return false;
  const key = await scrypt(password, salt, KEY_LENGTH, { N, r, p, maxmem: 256 * 1024 * 1024 });
  return timingSafeEqual(key, expected);
}

/** A hash of a random password: verified against when the account does not exist, for equal timing. */
export const DECOY_HASH = hashPassword(randomBytes(16).toString('hex'));
