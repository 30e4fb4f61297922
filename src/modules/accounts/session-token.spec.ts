import { describe, expect, it } from 'vitest';
import {
  clearedSessionCookie,
  csrfMatches,
  csrfTokenFor,
  newSessionToken,
  sessionCookie,
  sessionTokenOf,
} from './session-token.js';

describe('session token', () => {
  it('reads only a well-formed session cookie', () => {
    const token = newSessionToken();
    expect(sessionTokenOf({ cookie: `a=1; ea_session=${token}; b=2` })).toBe(token);
    expect(sessionTokenOf({ cookie: 'ea_session=short' })).toBeUndefined();
    expect(sessionTokenOf({ cookie: `ea_session=${token}x` })).toBeUndefined();
    expect(sessionTokenOf({})).toBeUndefined();
    expect(sessionTokenOf({ cookie: `${'x='.repeat(5000)}; ea_session=${token}` })).toBeUndefined();
  });

  it('derives a CSRF token per session that another session’s does not match', () => {
    const [a, b] = [newSessionToken(), newSessionToken()];
    expect(csrfMatches(a, csrfTokenFor(a))).toBe(true);
    expect(csrfMatches(a, csrfTokenFor(b))).toBe(false);
    expect(csrfMatches(a, undefined)).toBe(false);
    expect(csrfMatches(a, [csrfTokenFor(a)])).toBe(false);
    expect(csrfTokenFor(a)).not.toContain(a);
  });

  it('sets an httpOnly, SameSite=Strict cookie for /api, Secure when asked', () => {
    const cookie = sessionCookie('t'.repeat(43), { maxAgeSeconds: 60, secure: true });
    expect(cookie).toBe(
      `ea_session=${'t'.repeat(43)}; Max-Age=60; Path=/api; HttpOnly; Secure; SameSite=Strict`,
    );
    expect(clearedSessionCookie(false)).toBe(
      'ea_session=; Max-Age=0; Path=/api; HttpOnly; SameSite=Strict',
    );
  });
});
