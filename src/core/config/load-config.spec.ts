import { IsInt, Min } from 'class-validator';
import { Transform } from 'class-transformer';
import { describe, expect, it } from 'vitest';
import { DatabaseConfig } from '../database/database.config.js';
import { QueueConfig } from '../queue/queue.config.js';
import { toNumber, type CrossCheckedSlice } from './config-slice.js';
import { HttpConfig } from './http.config.js';
import {
  assertDatabaseUrl,
  ConfigError,
  loadConfigSlice,
  loadConfigSlices,
  requireBootSettings,
} from './load-config.js';
import { ProcessConfig } from './process.config.js';

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

/** A slice with a rule over two variables, to see when such rules run. */
class RangeConfig implements CrossCheckedSlice {
  @Transform(toNumber)
  @IsInt()
  @Min(0)
  RANGE_LOW = 0;

  @Transform(toNumber)
  @IsInt()
  RANGE_HIGH = 10;

  crossCheck(): string[] {
    return this.RANGE_LOW > this.RANGE_HIGH ? ['RANGE_LOW: above RANGE_HIGH'] : [];
  }
}

describe('loadConfigSlices', () => {
  it('reads each slice from the environment over its defaults, numbers and booleans parsed', () => {
    const { process, database } = loadConfigSlices(
      { process: ProcessConfig, database: DatabaseConfig },
      { APP_ROLE: 'worker', DATABASE_POOL_SIZE: '7', DATABASE_RUN_MIGRATIONS: 'false' },
    );
    expect(process).toBeInstanceOf(ProcessConfig);
    expect(process.APP_ROLE).toBe('worker');
    expect(process.SHUTDOWN_GRACE_SECONDS).toBe(25);
    expect(database.DATABASE_POOL_SIZE).toBe(7);
    expect(database.DATABASE_RUN_MIGRATIONS).toBe(false);
  });

  it('names every bad variable of every slice in one error, never echoing a value', () => {
    const problems = problemsOf(() =>
      loadConfigSlices(
        { process: ProcessConfig, http: HttpConfig, database: DatabaseConfig },
        { DATABASE_URL: 'mysql://secret-password@db', APP_ROLE: 'boss', PORT: '99999' },
      ),
    );
    expect(problems.map((p) => p.split(':')[0])).toEqual(['APP_ROLE', 'PORT', 'DATABASE_URL']);
    expect(problems.join('\n')).not.toContain('secret-password');
  });

  it('checks the rules that span variables once every slice is well-formed', () => {
    const slices = { range: RangeConfig, http: HttpConfig };
    expect(problemsOf(() => loadConfigSlices(slices, { RANGE_LOW: '11' }))).toEqual([
      'RANGE_LOW: above RANGE_HIGH',
    ]);
    // A malformed variable elsewhere is reported first, alone.
    expect(problemsOf(() => loadConfigSlices(slices, { RANGE_LOW: '11', PORT: 'x' }))).toEqual([
      expect.stringMatching(/^PORT: /),
    ]);
    expect(loadConfigSlices(slices, { RANGE_LOW: '3', RANGE_HIGH: '4' }).range.RANGE_LOW).toBe(3);
  });

  it('rejects more than one api process outside the api role', () => {
    expect(() => loadConfigSlice(ProcessConfig, { API_PROCESSES: '2' })).toThrow(/API_PROCESSES/);
    expect(
      loadConfigSlice(ProcessConfig, { API_PROCESSES: '2', APP_ROLE: 'api' }).API_PROCESSES,
    ).toBe(2);
  });

  it('requires DATABASE_URL and an explicit role to boot, naming both when both are missing', () => {
    const bare = loadConfigSlice(DatabaseConfig, {});
    const problems = problemsOf(() => requireBootSettings(bare, undefined));
    expect(problems.map((p) => p.split(':')[0])).toEqual(['DATABASE_URL', 'APP_ROLE']);
    const withDb = loadConfigSlice(DatabaseConfig, { DATABASE_URL: 'postgres://u@db:5432/x' });
    expect(() => requireBootSettings(withDb, undefined)).toThrow(/APP_ROLE: required/);
    expect(() => requireBootSettings(withDb, 'all')).not.toThrow();
  });

  it('leaves DATABASE_URL and REDIS_URL unset by default (the entry points require DATABASE_URL)', () => {
    const slices = { database: DatabaseConfig, queue: QueueConfig };
    const { database, queue } = loadConfigSlices(slices, {});
    expect(database.DATABASE_URL).toBeUndefined();
    expect(queue.REDIS_URL).toBeUndefined();
    expect(() => assertDatabaseUrl(database)).toThrow(/DATABASE_URL: required/);
    const given = loadConfigSlices(slices, {
      DATABASE_URL: 'postgres://u@db:5432/x',
      REDIS_URL: 'redis://cache:6379',
    });
    expect(given.database.DATABASE_URL).toBe('postgres://u@db:5432/x');
    expect(given.queue.REDIS_URL).toBe('redis://cache:6379');
    expect(() => loadConfigSlice(QueueConfig, { REDIS_URL: 'http://cache' })).toThrow(/REDIS_URL/);
  });

  it('treats empty strings as unset', () => {
    expect(loadConfigSlice(HttpConfig, { PORT: '' }).PORT).toBe(3000);
  });
});
