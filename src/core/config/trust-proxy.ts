import { isIP } from 'node:net';

/** What Fastify's `trustProxy` accepts and this service allows. */
export type TrustProxy = false | number | string[];

/** proxy-addr's named ranges (loopback 127/8 + ::1, linklocal, uniquelocal: RFC 1918 + fc00::/7). */
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);
const MAX_ENTRIES = 50;

/**
 * TRUST_PROXY as Fastify's `trustProxy`, or undefined when it is malformed.
 *
 * `none` (the default): X-Forwarded-For is ignored and the client is the TCP peer. A hop count:
 * that many proxies in front, whatever their address. Otherwise a comma-separated list of
 * addresses, CIDRs or proxy-addr's names (`loopback`, `linklocal`, `uniquelocal`): X-Forwarded-For
 * is followed only through peers in the list. Trusting anyone (Fastify's `true`) is not offered:
 * a client sending a new X-Forwarded-For per request would escape every per-IP rate limit.
 */
export function parseTrustProxy(value: string): TrustProxy | undefined {
  const text = value.trim().toLowerCase();
  if (text === 'none' || text === 'false') return false;
  if (/^\d{1,2}$/.test(text)) {
    const hops = Number(text);
    return hops === 0 ? false : hops;
  }
  if (text.length > 2000) return undefined;
  const entries = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (entries.length === 0 || entries.length > MAX_ENTRIES) return undefined;
  return entries.every(isTrustEntry) ? entries : undefined;
}

function isTrustEntry(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const slash = entry.indexOf('/');
  if (slash === -1) return isIP(entry) !== 0;
  const family = isIP(entry.slice(0, slash));
  const prefix = entry.slice(slash + 1);
  if (family === 0 || !/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}
