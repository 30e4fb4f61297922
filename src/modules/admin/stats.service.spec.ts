import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors/app-error.js';
import { statsWindow } from './stats.service.js';

const now = new Date('2024-04-16T10:00:00Z');

describe('statsWindow', () => {
  it('defaults to the last 24 hours', () => {
    expect(statsWindow({}, now)).toEqual({ since: new Date('2024-04-15T10:00:00Z'), until: now });
  });

  it('takes hours, or since/until', () => {
    expect(statsWindow({ hours: 2 }, now).since).toEqual(new Date('2024-04-16T08:00:00Z'));
    expect(
      statsWindow({ since: '2024-04-01T00:00:00Z', until: '2024-04-02T00:00:00Z' }, now),
    ).toEqual({
      since: new Date('2024-04-01T00:00:00Z'),
      until: new Date('2024-04-02T00:00:00Z'),
    });
  });

  it('rejects mixing hours with since/until, and empty windows', () => {
    expect(() => statsWindow({ hours: 1, since: '2024-04-01T00:00:00Z' }, now)).toThrow(AppError);
    expect(() =>
      statsWindow({ since: '2024-04-02T00:00:00Z', until: '2024-04-01T00:00:00Z' }, now),
    ).toThrow(/before/);
  });
});
