import { describe, expect, it } from 'vitest';
import { presentedKey, usesBasicAuth } from './presented-key.js';

const basic = (userPass: string) => `Basic ${Buffer.from(userPass).toString('base64')}`;

describe('presentedKey', () => {
  it('prefers X-API-Key, then Bearer', () => {
    expect(presentedKey({ 'x-api-key': ' k1 ', authorization: 'Bearer k2' })).toBe('k1');
    expect(presentedKey({ authorization: 'bearer k2' })).toBe('k2');
    expect(presentedKey({})).toBeUndefined();
    expect(presentedKey({ authorization: 'Bearer' })).toBeUndefined();
  });

  it('takes the Basic password only when allowed', () => {
    expect(presentedKey({ authorization: basic('ops:k3') })).toBeUndefined();
    expect(presentedKey({ authorization: basic('ops:k3:with:colons') }, { allowBasic: true })).toBe(
      'k3:with:colons',
    );
    expect(presentedKey({ authorization: basic(':k4') }, { allowBasic: true })).toBe('k4');
    expect(
      presentedKey({ authorization: basic('no-password') }, { allowBasic: true }),
    ).toBeUndefined();
  });

  it('knows whether a browser-sent Basic credential is in use', () => {
    expect(usesBasicAuth({ authorization: basic('a:b') })).toBe(true);
    expect(usesBasicAuth({ authorization: basic('a:b'), 'x-api-key': 'k' })).toBe(false);
    expect(usesBasicAuth({ authorization: 'Bearer k' })).toBe(false);
  });
});
