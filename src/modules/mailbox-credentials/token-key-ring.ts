/**
 * The keys that encrypt OAuth refresh tokens at rest, parsed from the environment:
 * `TOKEN_ENCRYPTION_KEY` (one key, id {@link SINGLE_KEY_ID}) and/or `TOKEN_ENCRYPTION_KEYS`
 * (`id:key,id:key`), with `TOKEN_ENCRYPTION_ACTIVE_KEY_ID` naming the key new tokens are
 * encrypted with. The config slice's validation and the cipher read keys the same way here.
 * Problems are described without ever including key material: they end up in logs.
 */

/** The id `TOKEN_ENCRYPTION_KEY` gets in the ring (so it can be rotated like any other key). */
export const SINGLE_KEY_ID = 'default';

export const KEY_BYTES = 32;
/** 32 random bytes have ~30 distinct values; fewer than this means a made-up or patterned key. */
const MIN_DISTINCT_BYTES = 16;
const MAX_KEYS = 16;
const MAX_ENV_CHARS = 4_096;
const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;
const HEX_KEY = /^[0-9a-fA-F]{64}$/;

export interface TokenKeyRing {
  keys: ReadonlyMap<string, Buffer>;
  activeId: string;
}

export interface TokenKeyEnv {
  TOKEN_ENCRYPTION_KEY?: string;
  TOKEN_ENCRYPTION_KEYS?: string;
  TOKEN_ENCRYPTION_ACTIVE_KEY_ID?: string;
}

type Decoded = { key: Buffer } | { problem: string };

/**
 * A 32-byte key from 64 hex characters or from canonical base64 (must re-encode to exactly the
 * input, so stray characters, missing padding or a truncated paste are errors rather than a
 * silently different key), rejecting keys that are clearly not random.
 */
export function decodeTokenKey(value: string): Decoded {
  let key: Buffer;
  if (HEX_KEY.test(value)) key = Buffer.from(value, 'hex');
  else {
    if (value.length > 64) return { problem: 'must be 32 bytes as base64 or 64 hex characters' };
    key = Buffer.from(value, 'base64');
    if (key.toString('base64') !== value)
      return { problem: 'must be 32 bytes as canonical base64 or 64 hex characters' };
  }
  if (key.length !== KEY_BYTES)
    return { problem: 'must be 32 bytes as base64 or 64 hex characters' };
  if (new Set(key).size < MIN_DISTINCT_BYTES)
    return { problem: 'is not random enough (use 32 random bytes, see README)' };
  return { key };
}

/** Parses `TOKEN_ENCRYPTION_KEYS` into (id, key) pairs; the first problem found is returned. */
export function parseKeyList(value: string): { entries: [string, Buffer][] } | { problem: string } {
  if (value.length > MAX_ENV_CHARS) return { problem: 'is too long' };
  const items = value.split(',').map((s) => s.trim());
  if (items.length > MAX_KEYS) return { problem: `holds more than ${MAX_KEYS} keys` };
  const entries: [string, Buffer][] = [];
  const seen = new Set<string>();
  for (const [index, item] of items.entries()) {
    const where = `entry ${index + 1}`;
    const colon = item.indexOf(':');
    const id = colon < 0 ? '' : item.slice(0, colon);
    if (!KEY_ID.test(id))
      return { problem: `${where} must be id:key with an id of 1-32 letters, digits, _ or -` };
    if (seen.has(id)) return { problem: `${where}: duplicate key id ${id}` };
    seen.add(id);
    const decoded = decodeTokenKey(item.slice(colon + 1));
    if ('problem' in decoded) return { problem: `${where} (${id}): key ${decoded.problem}` };
    entries.push([id, decoded.key]);
  }
  return { entries };
}

/**
 * The whole ring, or one problem line per bad variable (variable name first, as
 * loadConfigSlices reports them). `undefined` ring with no problems: no key configured at all.
 */
export function buildKeyRing(env: TokenKeyEnv): { ring?: TokenKeyRing; problems: string[] } {
  const problems: string[] = [];
  const keys = new Map<string, Buffer>();
  if (env.TOKEN_ENCRYPTION_KEY) {
    const decoded = decodeTokenKey(env.TOKEN_ENCRYPTION_KEY);
    if ('problem' in decoded) problems.push(`TOKEN_ENCRYPTION_KEY: ${decoded.problem}`);
    else keys.set(SINGLE_KEY_ID, decoded.key);
  }
  if (env.TOKEN_ENCRYPTION_KEYS) {
    const parsed = parseKeyList(env.TOKEN_ENCRYPTION_KEYS);
    if ('problem' in parsed) problems.push(`TOKEN_ENCRYPTION_KEYS: ${parsed.problem}`);
    else
      for (const [id, key] of parsed.entries) {
        if (keys.has(id)) {
          problems.push(
            `TOKEN_ENCRYPTION_KEYS: key id ${id} is taken by TOKEN_ENCRYPTION_KEY; use another id`,
          );
          break;
        }
        const twin = [...keys].find(([, other]) => other.equals(key));
        if (twin) {
          problems.push(`TOKEN_ENCRYPTION_KEYS: key ${id} is the same key as ${twin[0]}`);
          break;
        }
        keys.set(id, key);
      }
  }
  const activeId = env.TOKEN_ENCRYPTION_ACTIVE_KEY_ID;
  if (activeId !== undefined && !KEY_ID.test(activeId))
    problems.push('TOKEN_ENCRYPTION_ACTIVE_KEY_ID: must be 1-32 letters, digits, _ or -');
  else if (activeId !== undefined && !problems.length && !keys.has(activeId))
    problems.push('TOKEN_ENCRYPTION_ACTIVE_KEY_ID: names no key in the key ring');
  else if (activeId === undefined && keys.size > 1)
    problems.push('TOKEN_ENCRYPTION_ACTIVE_KEY_ID: required when the key ring holds several keys');
  if (problems.length || !keys.size) return { problems };
  return { ring: { keys, activeId: activeId ?? [...keys.keys()][0]! }, problems };
}

/** The problem `buildKeyRing` reports for one variable, without its name (for class-validator). */
export function keyRingProblem(env: TokenKeyEnv, variable: keyof TokenKeyEnv): string | undefined {
  const prefix = `${variable}: `;
  return buildKeyRing(env)
    .problems.find((p) => p.startsWith(prefix))
    ?.slice(prefix.length);
}
