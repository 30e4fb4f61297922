import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { WorkerRegistry } from '../../../core/queue/worker-registry.service.js';
import { bounded, failureReason } from './check-timeout.js';

/**
 * Live worker processes, counted from their heartbeats. Zero workers is not "down": an api may
 * run before its workers start, and the workers_up metric alerts on that. Down means only that
 * the heartbeat store did not answer, which the redis or database check then also reports.
 */
@Injectable()
export class WorkersHealthIndicator {
  constructor(
    private readonly indicators: HealthIndicatorService,
    private readonly workers: WorkerRegistry,
  ) {}

  async isHealthy(key = 'workers') {
    const check = this.indicators.check(key);
    try {
      const live = await bounded(() => this.workers.countLive(), 'worker heartbeat count');
      return check.up({ live });
    } catch (err) {
      return check.down({ live: null, message: failureReason(err) });
    }
  }
}
