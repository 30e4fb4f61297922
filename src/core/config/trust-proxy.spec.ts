import { describe, expect, it } from 'vitest';
import { HttpConfig } from './http.config.js';
import { ConfigError, loadConfigSlice } from './load-config.js';
import { parseTrustProxy } from './trust-proxy.js';

describe('parseTrustProxy', () => {
  it('trusts nobody for none, false and 0', () => {
    expect(parseTrustProxy('none')).toBe(false);
    expect(parseTrustProxy('FALSE')).toBe(false);
    expect(parseTrustProxy('0')).toBe(false);
  });

  it('reads a hop count', () => {
    expect(parseTrustProxy('1')).toBe(1);
    expect(parseTrustProxy(' 2 ')).toBe(2);
  });

  it('reads addresses, CIDRs and named ranges', () => {
    expect(parseTrustProxy('127.0.0.1')).toEqual(['127.0.0.1']);
    expect(parseTrustProxy('10.0.0.0/8, fd00::/8,loopback')).toEqual([
      '10.0.0.0/8',
      'fd00::/8',
      'loopback',
    ]);
  });

  it('refuses trust-everyone and malformed entries', () => {
    for (const bad of [
      'true',
      '',
      ',',
      '10.0.0.0/33',
      '::/129',
      '10.0.0.0/',
      'example.com',
      '300.1.1.1',
      '1.2.3.4/8/8',
      `${'1.1.1.1,'.repeat(60)}1.1.1.1`,
    ]) {
      expect(parseTrustProxy(bad), bad).toBeUndefined();
    }
  });
});

describe('TRUST_PROXY setting', () => {
  it('defaults to none and names the variable, not the value, when malformed', () => {
    expect(loadConfigSlice(HttpConfig, {}).TRUST_PROXY).toBe('none');
    expect(loadConfigSlice(HttpConfig, { TRUST_PROXY: '10.0.0.0/8' }).TRUST_PROXY).toBe(
      '10.0.0.0/8',
    );
    let error: unknown;
    try {
      loadConfigSlice(HttpConfig, { TRUST_PROXY: 'true-secretish' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      expect.stringMatching(/^TRUST_PROXY: must be none, a hop count/),
    ]);
    expect(String((error as Error).message)).not.toContain('secretish');
  });
});
