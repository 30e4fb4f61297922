import { createMock } from '@golevelup/ts-vitest';
import { HealthIndicatorService } from '@nestjs/terminus';
import type { Queue } from 'bullmq';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { aConfig } from '../../../../test/support/builders.js';
import { JobQueueService } from '../../../core/queue/job-queue.service.js';
import { QueueConfig } from '../../../core/queue/queue.config.js';
import { CHECK_TIMEOUT_MS } from './check-timeout.js';
import { QueueHealthIndicator } from './queue.indicator.js';

type Count = () => Promise<number>;

function indicator(counts: Record<string, Count>, redisUrl?: string) {
  const queues = Object.fromEntries(
    Object.entries(counts).map(([name, count]) => [name, createMock<Queue>({ count })]),
  );
  const jobs = createMock<JobQueueService>({ queues: () => queues });
  const config = aConfig(QueueConfig, { REDIS_URL: redisUrl });
  return new QueueHealthIndicator(new HealthIndicatorService(), jobs, config);
}

const answers: Count = async () => 7;

describe('QueueHealthIndicator', () => {
  afterEach(() => vi.useRealTimers());

  it('is up when every queue answers, naming the backend but no job counts', async () => {
    const result = await indicator(
      { sync: answers, default: answers },
      'redis://x:6379',
    ).isHealthy();
    expect(result).toEqual({ queue: { status: 'up', backend: 'redis' } });
  });

  it('reports the Postgres backend without REDIS_URL', async () => {
    expect(await indicator({ sync: answers }).isHealthy()).toEqual({
      queue: { status: 'up', backend: 'postgres' },
    });
  });

  it('is down and names the queues whose backend refused, without the driver message', async () => {
    const refused: Count = async () => {
      throw new Error('connect ECONNREFUSED 10.0.0.5:6379 password=secret');
    };
    const result = await indicator({ sync: answers, priority: refused }, 'redis://x').isHealthy();
    expect(result).toEqual({
      queue: { status: 'down', backend: 'redis', failed: ['priority'], message: 'unreachable' },
    });
  });

  it('is down with "timeout" when a queue hangs past the check bound', async () => {
    vi.useFakeTimers();
    const hangs: Count = () => new Promise<number>(() => undefined);
    const pending = indicator({ sync: hangs, batch: answers }).isHealthy();
    await vi.advanceTimersByTimeAsync(CHECK_TIMEOUT_MS);
    expect(await pending).toEqual({
      queue: { status: 'down', backend: 'postgres', failed: ['sync'], message: 'timeout' },
    });
  });

  it('treats a synchronous throw (a closed queue) as down, not as a crash of the probe', async () => {
    const closed: Count = () => {
      throw new Error('Connection is closed.');
    };
    const result = await indicator({ sync: closed }).isHealthy();
    expect(result.queue.status).toBe('down');
  });
});
