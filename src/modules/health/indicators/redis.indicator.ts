import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { Coordination } from '../../../core/coordination/coordination.port.js';
import { CHECK_TIMEOUT_MS } from './check-timeout.js';

/**
 * Redis, when REDIS_URL is set (it then holds the locks and heartbeats). Without it there is no
 * Redis to be down: the check is up with `used: false`, and the database check covers the
 * Postgres store that replaces it.
 */
@Injectable()
export class RedisHealthIndicator {
  constructor(
    private readonly indicators: HealthIndicatorService,
    private readonly store: Coordination,
  ) {}

  get used(): boolean {
    return this.store.store === 'redis';
  }

  async isHealthy(key = 'redis') {
    const check = this.indicators.check(key);
    if (!this.used) return check.up({ used: false });
    // ping() is bounded by its timeout and never throws (Coordination's contract).
    return (await this.store.ping(CHECK_TIMEOUT_MS))
      ? check.up({ used: true })
      : check.down({ used: true, message: 'unreachable or timeout' });
  }
}
