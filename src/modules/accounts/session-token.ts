import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { parseCookie, stringifySetCookie } from 'cookie';

/** The session cookie: httpOnly, SameSite=Strict, path /api (the console calls only the API). */
export const SESSION_COOKIE = 'ea_session';
/** Longest Cookie header read: browsers cap a cookie near 4 KB; ours is 43 characters. */
const MAX_COOKIE_HEADER = 8192;
const TOKEN = /^[\w-]{43}$/;

export const newSessionToken = () => randomBytes(32).toString('base64url');

/** What the database keeps of a session token: a leaked table opens no session. */
export const sessionHash = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * The CSRF token of a session: derived from the session token, so it needs no storage, and
 * readable only by a page of our origin (GET /api/v1/session answers it; CORS is off). A
 * cookie-authenticated write must echo it in X-CSRF-Token: a cross-site form or fetch cannot.
 */
export const csrfTokenFor = (token: string) =>
  createHash('sha256').update(`csrf:${token}`).digest('base64url');

export function csrfMatches(token: string, presented: unknown): boolean {
  if (typeof presented !== 'string' || presented.length > 100) return false;
  const expected = Buffer.from(csrfTokenFor(token));
  const given = Buffer.from(presented);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The session token a request carries, when it is well formed. */
export function sessionTokenOf(headers: IncomingHttpHeaders): string | undefined {
  const header = headers.cookie;
  if (typeof header !== 'string' || header.length > MAX_COOKIE_HEADER) return undefined;
  const token = parseCookie(header)[SESSION_COOKIE];
  return token && TOKEN.test(token) ? token : undefined;
}

export function sessionCookie(
  token: string,
  opts: { maxAgeSeconds: number; secure: boolean },
): string {
  return stringifySetCookie({
    name: SESSION_COOKIE,
    value: token,
    httpOnly: true,
    sameSite: 'strict',
    secure: opts.secure,
    path: '/api',
    maxAge: opts.maxAgeSeconds,
  });
}

export function clearedSessionCookie(secure: boolean): string {
  return stringifySetCookie({
    name: SESSION_COOKIE,
    value: '',
    httpOnly: true,
    sameSite: 'strict',
    secure,
    path: '/api',
    maxAge: 0,
  });
}
