import { createMock } from '@golevelup/ts-vitest';
import { HealthIndicatorService } from '@nestjs/terminus';
import { describe, expect, it } from 'vitest';
import { Coordination } from '../../../core/coordination/coordination.port.js';
import { CHECK_TIMEOUT_MS } from './check-timeout.js';
import { RedisHealthIndicator } from './redis.indicator.js';

function store(kind: 'redis' | 'postgres', answers: boolean) {
  const pings: (number | undefined)[] = [];
  const fake = createMock<Coordination>({
    store: kind,
    ping: async (timeoutMs?: number) => {
      pings.push(timeoutMs);
      return answers;
    },
  });
  return { fake, pings };
}

describe('RedisHealthIndicator', () => {
  it('is up when Redis answers the bounded ping', async () => {
    const { fake, pings } = store('redis', true);
    const result = await new RedisHealthIndicator(new HealthIndicatorService(), fake).isHealthy();
    expect(result).toEqual({ redis: { status: 'up', used: true } });
    expect(pings).toEqual([CHECK_TIMEOUT_MS]);
  });

  it('is down, under the given key, when Redis does not answer in time', async () => {
    const { fake } = store('redis', false);
    const result = await new RedisHealthIndicator(new HealthIndicatorService(), fake).isHealthy(
      'cache',
    );
    expect(result.cache.status).toBe('down');
    expect(result.cache.used).toBe(true);
  });

  it('is up and not used without REDIS_URL, and never pings the Postgres store', async () => {
    const { fake, pings } = store('postgres', false);
    const indicator = new RedisHealthIndicator(new HealthIndicatorService(), fake);
    expect(indicator.used).toBe(false);
    expect(await indicator.isHealthy()).toEqual({ redis: { status: 'up', used: false } });
    expect(pings).toEqual([]);
  });
});
