import { Inject, Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { isInfrastructureDown } from '../../../core/errors/infrastructure-errors.js';
import { withTimeout } from '../../../core/redis/redis.service.js';
import { type Executor, KYSELY } from './database.js';

/** How long an "unreachable" answer stands for every caller: an outage fails hundreds of jobs at once. */
export const UNREACHABLE_ANSWER_MS = 1_000;
const PING_TIMEOUT_MS = 1_000;

/**
 * Whether a ping gets an answer, shared: an "unreachable" answer for UNREACHABLE_ANSWER_MS, a
 * "reachable" one only with the callers that asked while its ping ran. So in an outage at most
 * one ping a second goes out, and once the database answered the next failure pings again (a
 * stale "reachable" in an outage's first second would send a job on its last attempt to a dead
 * letter that cannot be written).
 */
export class Reachability {
  private pending?: Promise<boolean>;
  private unreachableAt?: number;

  constructor(
    private readonly ping: () => Promise<unknown>,
    private readonly clock: () => number = Date.now,
  ) {}

  reachable(): Promise<boolean> {
    if (this.pending) return this.pending;
    if (
      this.unreachableAt !== undefined &&
      this.clock() - this.unreachableAt < UNREACHABLE_ANSWER_MS
    )
      return Promise.resolve(false);
    const pending = this.ping().then(
      () => true,
      () => false,
    );
    this.pending = pending;
    void pending.then((up) => {
      this.pending = undefined;
      this.unreachableAt = up ? undefined : this.clock();
    });
    return pending;
  }
}

/**
 * Tells a Postgres outage from a failure that only looks like one. A lost connection's error
 * comes from Gmail's and the LLM vendors' HTTP clients too (wrapped in ours), and from a backend
 * a statement crashed: those belong to the retry policy. So a failure counts as an outage only
 * when it is a lost connection and the database does not answer a `select 1` now.
 */
@Injectable()
export class DatabaseProbe {
  private readonly reachability: Reachability;

  constructor(@Inject(KYSELY) db: Executor) {
    this.reachability = new Reachability(() =>
      withTimeout(sql`select 1`.execute(db), PING_TIMEOUT_MS, 'probe'),
    );
  }

  /** The job failed because Postgres is unreachable (see the class). */
  async isOutage(error: unknown): Promise<boolean> {
    return isInfrastructureDown(error) && !(await this.reachability.reachable());
  }
}
