import { describe, expect, it } from 'vitest';
import { ConfigError } from '../core/config/load-config.js';
import { APP_CONFIG_SLICES, loadAppConfig } from './app-config.js';

describe('loadAppConfig', () => {
  it('applies defaults and parses numbers and booleans from strings, slice by slice', () => {
    const config = loadAppConfig({
      PORT: '8080',
      DATABASE_POOL_SIZE: '7',
      SCHEDULERS_ENABLED: 'false',
      LLM_TEMPERATURE: '0.7',
    });
    expect(config.http.PORT).toBe(8080);
    expect(config.database.DATABASE_POOL_SIZE).toBe(7);
    expect(config.schedule.SCHEDULERS_ENABLED).toBe(false);
    expect(config.llm.LLM_TEMPERATURE).toBe(0.7);
    expect(config.process.APP_ROLE).toBe('all');
    expect(config.gmail.GMAIL_API_ROOT_URL).toBe('https://gmail.googleapis.com/');
  });

  it('names every bad variable across the slices and never echoes its value', () => {
    try {
      loadAppConfig({
        DATABASE_URL: 'mysql://secret-password@db',
        APP_ROLE: 'boss',
        PORT: '99999',
        OPENAI_BASE_URL: 'secret-not-a-url',
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/^DATABASE_URL:/m);
      expect(problems).toMatch(/^APP_ROLE:/m);
      expect(problems).toMatch(/^PORT:/m);
      expect(problems).toMatch(/^OPENAI_BASE_URL:/m);
      expect(problems).not.toContain('secret');
    }
  });

  it('checks rules that span variables', () => {
    expect(() => loadAppConfig({ LLM_PROVIDER: 'openai' })).toThrow(/OPENAI_API_KEY/);
    expect(() => loadAppConfig({ LLM_PROVIDER: 'anthropic' })).toThrow(/ANTHROPIC_API_KEY/);
    expect(() => loadAppConfig({ TOKEN_ENCRYPTION_KEY: 'c2hvcnQ=' })).toThrow(
      /TOKEN_ENCRYPTION_KEY/,
    );
    expect(() => loadAppConfig({ ADMIN_API_KEYS: 'root:abc' })).toThrow(/ADMIN_API_KEYS/);
    expect(
      loadAppConfig({ ADMIN_API_KEYS: `viewer:${'a'.repeat(64)}` }).admin.ADMIN_API_KEYS,
    ).toContain('viewer:');
  });

  it('gives every variable to exactly one slice', () => {
    const owners = new Map<string, string[]>();
    for (const [name, Slice] of Object.entries(APP_CONFIG_SLICES))
      for (const variable of Object.keys(new Slice()))
        owners.set(variable, [...(owners.get(variable) ?? []), name]);
    const shared = [...owners].filter(([, slices]) => slices.length > 1);
    expect(shared).toEqual([]);
    // Optional variables (no default) count too: they are the ones most easily missed.
    expect([...owners.keys()]).toEqual(
      expect.arrayContaining([
        'APP_ROLE',
        'LOG_FILE',
        'LLM_PROVIDER',
        'TOKEN_ENCRYPTION_ACTIVE_KEY_ID',
      ]),
    );
  });
});
