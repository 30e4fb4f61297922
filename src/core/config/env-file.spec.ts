import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from './config-error.js';
import { loadEnvFile, parseEnvFile } from './env-file.js';

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('parseEnvFile', () => {
  it('reads KEY=value lines, export, comments, blank lines, quotes and multi-line values', () => {
    const text = [
      '# settings',
      '',
      'PORT=4000',
      'export LOG_LEVEL = debug ',
      "VIP_SENDERS='a@b.example # not a comment'",
      'OPENAI_MODEL=gpt-x # a comment',
      'MULTI="first',
      'second"',
      'EMPTY=',
      'CRLF=yes\r',
    ].join('\n');
    expect(parseEnvFile(text, '.env')).toEqual({
      PORT: '4000',
      LOG_LEVEL: 'debug',
      VIP_SENDERS: 'a@b.example # not a comment',
      OPENAI_MODEL: 'gpt-x',
      MULTI: 'first\nsecond',
      EMPTY: '',
      CRLF: 'yes',
    });
  });

  // Node's parser drops such lines (and on Node 20 merges them into the next key).
  it.each([
    ['a line without =', 'PORT=1\nsecret-looking-value\nLOG_LEVEL=info', 'line 2'],
    ['a key that is not an identifier', 'PORT=1\n1X=2', 'line 2'],
    ['a key with a dash', 'MY-KEY=2', 'line 1'],
    ['a missing key', '=value', 'line 1'],
  ])('rejects %s, naming the line and never the value', (_, text, where) => {
    const problems = problemsOf(() => parseEnvFile(text, '.env'));
    expect(problems).toEqual([`.env: ${where}: expected KEY=value`]);
  });

  it('rejects a quoted value that is never closed, naming its key only', () => {
    const problems = problemsOf(() => parseEnvFile('A=1\nKEY="hunter2\nB=2\n', '.env'));
    expect(problems).toEqual(['.env: line 2: KEY: quoted value is never closed']);
    expect(problems.join()).not.toContain('hunter2');
  });
});

describe('loadEnvFile', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'eas-envfile-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('fills in what the environment lacks; what it has wins, even an empty value', () => {
    writeFileSync(join(dir, '.env'), 'PORT=4000\nLOG_LEVEL=debug\nQUEUE_PREFIX=file\n');
    const env: NodeJS.ProcessEnv = { PORT: '5000', QUEUE_PREFIX: '' };
    const load = loadEnvFile(env, dir);
    expect(env).toEqual({ PORT: '5000', QUEUE_PREFIX: '', LOG_LEVEL: 'debug' });
    expect(load).toEqual({
      path: '.env',
      applied: ['LOG_LEVEL'],
      overridden: ['PORT', 'QUEUE_PREFIX'],
    });
  });

  it('has the precedence of process.loadEnvFile', () => {
    writeFileSync(join(dir, '.env'), 'EAS_SPEC_A=file\nEAS_SPEC_B=file\nEAS_SPEC_C=file\n');
    const saved = { ...process.env };
    try {
      process.env.EAS_SPEC_A = 'env';
      process.env.EAS_SPEC_B = '';
      process.loadEnvFile(join(dir, '.env'));
      const native = [process.env.EAS_SPEC_A, process.env.EAS_SPEC_B, process.env.EAS_SPEC_C];
      const ours: NodeJS.ProcessEnv = { EAS_SPEC_A: 'env', EAS_SPEC_B: '' };
      loadEnvFile(ours, dir);
      expect([ours.EAS_SPEC_A, ours.EAS_SPEC_B, ours.EAS_SPEC_C]).toEqual(native);
      expect(native).toEqual(['env', '', 'file']);
    } finally {
      for (const key of ['EAS_SPEC_A', 'EAS_SPEC_B', 'EAS_SPEC_C']) delete process.env[key];
      Object.assign(process.env, saved);
    }
  });

  it('is fine without a .env', () => {
    const env: NodeJS.ProcessEnv = { PORT: '1' };
    expect(loadEnvFile(env, dir)).toBeNull();
    expect(env).toEqual({ PORT: '1' });
  });

  it('reads ENV_FILE instead, relative to the working directory; a missing one is an error', () => {
    writeFileSync(join(dir, '.env'), 'PORT=1\n');
    writeFileSync(join(dir, 'other.env'), 'PORT=2\n');
    const env: NodeJS.ProcessEnv = { ENV_FILE: 'other.env' };
    loadEnvFile(env, dir);
    expect(env.PORT).toBe('2');
    expect(problemsOf(() => loadEnvFile({ ENV_FILE: 'nope.env' }, dir))).toEqual([
      'ENV_FILE: cannot read nope.env (ENOENT)',
    ]);
  });

  it('refuses a .env that is a directory or too big', () => {
    mkdirSync(join(dir, '.env'));
    expect(problemsOf(() => loadEnvFile({}, dir))).toEqual(['ENV_FILE: cannot read .env (EISDIR)']);
    writeFileSync(join(dir, 'big.env'), `A=${'x'.repeat(300 * 1024)}\n`);
    expect(problemsOf(() => loadEnvFile({ ENV_FILE: 'big.env' }, dir))).toEqual([
      'big.env: larger than 256 KiB',
    ]);
  });

  it('changes nothing when the file is malformed', () => {
    writeFileSync(join(dir, '.env'), 'PORT=4000\nnot a setting\n');
    const env: NodeJS.ProcessEnv = {};
    expect(problemsOf(() => loadEnvFile(env, dir))).toEqual(['.env: line 2: expected KEY=value']);
    expect(env).toEqual({});
  });
});
