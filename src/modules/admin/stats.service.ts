import { Injectable } from '@nestjs/common';
import { AppError, ErrorCodes } from '../../core/errors/app-error.js';
import { StatsDto, StatsQueryDto } from './dto/stats.dto.js';
import { StatsRepository } from './stats.repository.js';

const HOUR_MS = 3_600_000;
const DEFAULT_HOURS = 24;

/** [since, until) from ?since=&until= or ?hours= (not both); the last 24 h by default. */
export function statsWindow(q: StatsQueryDto, now = new Date()): { since: Date; until: Date } {
  if (q.hours !== undefined && (q.since !== undefined || q.until !== undefined)) {
    throw new AppError(ErrorCodes.VALIDATION_FAILED, 'Use either hours or since/until, not both', {
      status: 400,
      details: { fields: { hours: ['cannot be combined with since/until'] } },
    });
  }
  const until = q.until ? new Date(q.until) : now;
  const since = q.since
    ? new Date(q.since)
    : new Date(until.getTime() - (q.hours ?? DEFAULT_HOURS) * HOUR_MS);
  if (since.getTime() >= until.getTime()) {
    throw new AppError(ErrorCodes.VALIDATION_FAILED, 'since must be before until', {
      status: 400,
      details: { fields: { since: ['must be before until'] } },
    });
  }
  return { since, until };
}

@Injectable()
export class StatsService {
  constructor(private readonly stats: StatsRepository) {}

  /** Over every mailbox, or over one console owner's mailboxes only. */
  async get(q: StatsQueryDto, ownerId?: string): Promise<StatsDto> {
    const window = statsWindow(q);
    return { window, ...(await this.stats.collect(window.since, window.until, ownerId)) };
  }
}
