import { describe, expect, it } from 'vitest';
import { assertDatabaseUrl, ConfigError, loadConfig, requireBootSettings } from './load-config.js';

describe('loadConfig', () => {
  it('applies defaults and parses numbers and booleans from strings', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_POOL_SIZE: '7',
      SCHEDULERS_ENABLED: 'false',
      LLM_TEMPERATURE: '0.7',
    });
    expect(config.PORT).toBe(8080);
    expect(config.DATABASE_POOL_SIZE).toBe(7);
    expect(config.SCHEDULERS_ENABLED).toBe(false);
    expect(config.LLM_TEMPERATURE).toBe(0.7);
    expect(config.APP_ROLE).toBe('all');
    expect(config.GMAIL_API_ROOT_URL).toBe('https://gmail.googleapis.com/');
  });

  it('names every bad variable and never echoes its value', () => {
    try {
      loadConfig({ DATABASE_URL: 'mysql://secret-password@db', APP_ROLE: 'boss', PORT: '99999' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/^DATABASE_URL:/m);
      expect(problems).toMatch(/^APP_ROLE:/m);
      expect(problems).toMatch(/^PORT:/m);
      expect(problems).not.toContain('secret-password');
    }
  });

  it('rejects a Gmail root URL with a path (googleapis would drop it silently)', () => {
    expect(() => loadConfig({ GMAIL_API_ROOT_URL: 'http://127.0.0.1:4010/gmail/' })).toThrow(
      /GMAIL_API_ROOT_URL/,
    );
    expect(loadConfig({ GMAIL_API_ROOT_URL: 'http://127.0.0.1:4010/' }).GMAIL_API_ROOT_URL).toBe(
      'http://127.0.0.1:4010/',
    );
  });

  it('checks rules that span variables', () => {
    expect(() => loadConfig({ LLM_PROVIDER: 'openai' })).toThrow(/OPENAI_API_KEY/);
    expect(() => loadConfig({ TOKEN_ENCRYPTION_KEY: 'c2hvcnQ=' })).toThrow(/TOKEN_ENCRYPTION_KEY/);
    expect(() => loadConfig({ ADMIN_API_KEYS: 'root:abc' })).toThrow(/ADMIN_API_KEYS/);
    expect(loadConfig({ ADMIN_API_KEYS: `viewer:${'a'.repeat(64)}` }).ADMIN_API_KEYS).toContain(
      'viewer:',
    );
  });

  it('requires DATABASE_URL and an explicit role to boot, naming both when both are missing', () => {
    const bare = loadConfig({});
    let problems: string[] = [];
    try {
      requireBootSettings(bare, undefined);
    } catch (error) {
      problems = (error as ConfigError).problems;
    }
    expect(problems.map((p) => p.split(':')[0])).toEqual(['DATABASE_URL', 'APP_ROLE']);
    const withDb = loadConfig({ DATABASE_URL: 'postgres://u@db:5432/x' });
    expect(() => requireBootSettings(withDb, undefined)).toThrow(/APP_ROLE: required/);
    expect(() => requireBootSettings(withDb, 'all')).not.toThrow();
  });

  it('leaves DATABASE_URL and REDIS_URL unset by default (the entry points require DATABASE_URL)', () => {
    const config = loadConfig({});
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.REDIS_URL).toBeUndefined();
    expect(() => assertDatabaseUrl(config)).toThrow(/DATABASE_URL: required/);
    const given = loadConfig({
      DATABASE_URL: 'postgres://u@db:5432/x',
      REDIS_URL: 'redis://cache:6379',
    });
    expect(given.DATABASE_URL).toBe('postgres://u@db:5432/x');
    expect(given.REDIS_URL).toBe('redis://cache:6379');
    expect(() => loadConfig({ REDIS_URL: 'http://cache' })).toThrow(/REDIS_URL/);
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ PORT: '', OPENAI_API_KEY: '' }).PORT).toBe(3000);
  });
});
