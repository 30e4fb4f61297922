import { createMock } from '@golevelup/ts-vitest';
import { HealthIndicatorService } from '@nestjs/terminus';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WorkerRegistry } from '../../../core/queue/worker-registry.service.js';
import { CHECK_TIMEOUT_MS } from './check-timeout.js';
import { WorkersHealthIndicator } from './workers.indicator.js';

function indicator(countLive: () => Promise<number>) {
  const registry = createMock<WorkerRegistry>({ countLive });
  return new WorkersHealthIndicator(new HealthIndicatorService(), registry);
}

describe('WorkersHealthIndicator', () => {
  afterEach(() => vi.useRealTimers());

  it('reports the live worker count from the heartbeats', async () => {
    expect(await indicator(async () => 3).isHealthy()).toEqual({
      workers: { status: 'up', live: 3 },
    });
  });

  it('stays up with no live worker: that is an alert, not a broken dependency', async () => {
    expect(await indicator(async () => 0).isHealthy()).toEqual({
      workers: { status: 'up', live: 0 },
    });
  });

  it('is down with live null when the heartbeat store fails', async () => {
    const result = await indicator(async () => {
      throw new Error('ECONNREFUSED');
    }).isHealthy();
    expect(result).toEqual({ workers: { status: 'down', live: null, message: 'unreachable' } });
  });

  it('is down with "timeout" when the heartbeat store hangs past the check bound', async () => {
    vi.useFakeTimers();
    const pending = indicator(() => new Promise<number>(() => undefined)).isHealthy();
    await vi.advanceTimersByTimeAsync(CHECK_TIMEOUT_MS);
    expect(await pending).toEqual({ workers: { status: 'down', live: null, message: 'timeout' } });
  });
});
