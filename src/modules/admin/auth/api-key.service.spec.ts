import { createHash } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { describe, expect, it, vi } from 'vitest';
import { aConfig } from '../../../../test/support/builders.js';
import { AdminConfig } from '../admin.config.js';
import { roleSatisfies } from './admin-role.js';
import { ApiKeyService, parseAdminKeys } from './api-key.service.js';

const sha = (key: string) => createHash('sha256').update(key).digest('hex');

function service(keys: string | undefined): ApiKeyService {
  return new ApiKeyService(aConfig(AdminConfig, { ADMIN_API_KEYS: keys }));
}

describe('ApiKeyService', () => {
  const configured = `viewer:${sha('v-key')}, operator:${sha('o-key')},admin:${sha('a-key').toUpperCase()}`;

  it('maps each presented key to the role of its configured hash', () => {
    const keys = service(configured);
    expect(keys.authenticate('v-key')).toEqual({
      role: 'viewer',
      keyId: sha('v-key').slice(0, 12),
    });
    expect(keys.authenticate('o-key')?.role).toBe('operator');
    expect(keys.authenticate('a-key')?.role).toBe('admin');
  });

  it('rejects unknown, empty and hash-instead-of-key values', () => {
    const keys = service(configured);
    expect(keys.authenticate('nope')).toBeNull();
    expect(keys.authenticate('')).toBeNull();
    expect(keys.authenticate(undefined)).toBeNull();
    // Knowing the stored hash must not be enough.
    expect(keys.authenticate(sha('a-key'))).toBeNull();
  });

  it('fails closed when no key is configured, and says so once', () => {
    const warn = vi.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const keys = service(undefined);
    keys.authenticate('a');
    keys.authenticate('b');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(keys.configured).toBe(false);
    expect(keys.authenticate('anything')).toBeNull();
    expect(service('  ').configured).toBe(false);
    warn.mockRestore();
  });

  it('reads the key from X-API-Key or Bearer, once per request', () => {
    const keys = service(configured);
    expect(keys.principalFor({ headers: { 'x-api-key': 'o-key' } })?.role).toBe('operator');
    expect(keys.principalFor({ headers: { authorization: 'Bearer a-key' } })?.role).toBe('admin');
    // Basic is for the dashboard's browser login only.
    const basic = `Basic ${Buffer.from('user:a-key').toString('base64')}`;
    expect(keys.principalFor({ headers: { authorization: basic } })).toBeNull();
  });

  it('refuses malformed configuration at boot, naming the entry but not its value', () => {
    expect(() => parseAdminKeys(`root:${sha('x')}`)).toThrow(/entry 1: role/);
    expect(() => parseAdminKeys(`viewer:abc`)).toThrow(/entry 1: expected a 64-digit/);
    expect(() => parseAdminKeys(`viewer:${sha('x')},admin:${sha('x')}`)).toThrow(
      /entry 2: duplicate/,
    );
    expect(() => parseAdminKeys('viewer')).toThrow(/entry 1/);
    try {
      parseAdminKeys(`viewer:${sha('secret')}x`);
    } catch (error) {
      expect((error as Error).message).not.toContain(sha('secret'));
    }
  });
});

describe('roles', () => {
  it('admin ⊇ operator ⊇ viewer', () => {
    expect(roleSatisfies('admin', 'operator')).toBe(true);
    expect(roleSatisfies('operator', 'viewer')).toBe(true);
    expect(roleSatisfies('operator', 'admin')).toBe(false);
    expect(roleSatisfies('viewer', 'operator')).toBe(false);
  });
});
