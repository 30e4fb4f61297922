import { Inject, Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { isInfrastructureDown } from '../../../core/errors/infrastructure-errors.js';
import { withTimeout } from '../../../core/redis/redis.service.js';
import { type Executor, KYSELY } from './database.js';

/** One answer stands this long for every caller: an outage fails hundreds of jobs at once. */
const ANSWER_MS = 1_000;
const PING_TIMEOUT_MS = 1_000;

/**
 * Tells a Postgres outage from a failure that only looks like one. A lost connection's error
 * comes from Gmail's and the LLM vendors' HTTP clients too (wrapped in ours), and from a backend
 * a statement crashed: those belong to the retry policy. So a failure counts as an outage only
 * when it is a lost connection and the database does not answer a `select 1` now. At most one
 * probe a second, shared by every caller.
 */
@Injectable()
export class DatabaseProbe {
  private last?: { at: number; reachable: Promise<boolean> };

  constructor(@Inject(KYSELY) private readonly db: Executor) {}

  /** The job failed because Postgres is unreachable (see the class). */
  async isOutage(error: unknown): Promise<boolean> {
    return isInfrastructureDown(error) && !(await this.reachable());
  }

  reachable(now = Date.now()): Promise<boolean> {
    if (this.last && now - this.last.at < ANSWER_MS) return this.last.reachable;
    const reachable = withTimeout(sql`select 1`.execute(this.db), PING_TIMEOUT_MS, 'probe').then(
      () => true,
      () => false,
    );
    this.last = { at: now, reachable };
    return reachable;
  }
}
