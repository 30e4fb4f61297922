import { Injectable, Logger, ServiceUnavailableException } from '@nestjs/common';
import {
  HealthCheckResult,
  HealthCheckService,
  HealthIndicatorFunction,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import { CHECK_TIMEOUT_MS } from './indicators/check-timeout.js';
import { QueueHealthIndicator } from './indicators/queue.indicator.js';
import { RedisHealthIndicator } from './indicators/redis.indicator.js';
import { WorkersHealthIndicator } from './indicators/workers.indicator.js';

export type RedisState = 'connected' | 'disconnected' | 'not_used';
type Details = HealthCheckResult['details'];

/** GET /api/health: the design's body (status, timestamp, services) plus terminus' details. */
export interface HealthReport {
  status: 'healthy' | 'unhealthy';
  timestamp: string;
  /** `redis: not_used` when REDIS_URL is unset: queues, locks and heartbeats are in Postgres. */
  services: {
    database: 'connected' | 'disconnected';
    redis: RedisState;
    queue: 'redis' | 'postgres';
    workers: number | null;
  };
  /** One entry per check (database, redis, queue, workers), as terminus reports it. */
  details: Details;
}

/** GET /api/health/ready: flat states the probes and dashboards read, and which checks failed. */
export interface ReadinessReport {
  status: 'ready' | 'not_ready' | 'shutting_down';
  database: 'up' | 'down';
  redis: 'up' | 'down' | 'not_used';
  queue: 'up' | 'down';
  /** Names of the checks that are down, e.g. ["redis", "queue"]; empty when ready. */
  failing: string[];
  details: Details;
}

export interface Answer<T> {
  httpStatus: 200 | 503;
  body: T;
}

/**
 * Runs terminus checks for the probes. Readiness needs Postgres, Redis (when used) and the
 * queue backend; /api/health adds the live worker count. Each check is bounded (check-timeout.ts)
 * and the checks run in parallel. No personal data ever appears in a health answer.
 */
@Injectable()
export class HealthService {
  private readonly logger = new Logger(HealthService.name);
  /** Last readiness failure, to log changes once instead of on every probe. */
  private lastFailing = '';

  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
    private readonly queue: QueueHealthIndicator,
    private readonly workers: WorkersHealthIndicator,
  ) {}

  private readonly dependencies: HealthIndicatorFunction[] = [
    () => this.db.pingCheck('database', { timeout: CHECK_TIMEOUT_MS }),
    () => this.redis.isHealthy('redis'),
    () => this.queue.isHealthy('queue'),
  ];

  async readiness(): Promise<Answer<ReadinessReport>> {
    const result = await this.run(this.dependencies);
    const failing = Object.keys(result.error ?? {});
    this.logChange(result.status === 'ok' ? '' : failing.join(',') || result.status);
    const state = (key: string) => (result.details[key]?.status === 'up' ? 'up' : 'down');
    return {
      httpStatus: result.status === 'ok' ? 200 : 503,
      body: {
        status:
          result.status === 'ok'
            ? 'ready'
            : result.status === 'shutting_down'
              ? 'shutting_down'
              : 'not_ready',
        database: state('database'),
        redis: this.redis.used ? state('redis') : 'not_used',
        queue: state('queue'),
        failing,
        details: result.details,
      },
    };
  }

  async report(): Promise<Answer<HealthReport>> {
    const result = await this.run([...this.dependencies, () => this.workers.isHealthy('workers')]);
    const up = (key: string) => result.details[key]?.status === 'up';
    const live = result.details.workers?.live;
    return {
      httpStatus: result.status === 'ok' ? 200 : 503,
      body: {
        status: result.status === 'ok' ? 'healthy' : 'unhealthy',
        timestamp: new Date().toISOString(),
        services: {
          database: up('database') ? 'connected' : 'disconnected',
          redis: !this.redis.used ? 'not_used' : up('redis') ? 'connected' : 'disconnected',
          queue: this.queue.backend,
          workers: typeof live === 'number' ? live : null,
        },
        details: result.details,
      },
    };
  }

  /** HealthCheckService throws its result as a 503 when a check is down or the app is stopping. */
  private async run(checks: HealthIndicatorFunction[]): Promise<HealthCheckResult> {
    try {
      return await this.health.check(checks);
    } catch (err) {
      if (err instanceof ServiceUnavailableException) return err.getResponse() as HealthCheckResult;
      throw err;
    }
  }

  private logChange(failing: string): void {
    if (failing === this.lastFailing) return;
    if (failing) this.logger.warn({ failing }, 'readiness: dependency checks failing');
    else this.logger.log('readiness: all dependency checks pass again');
    this.lastFailing = failing;
  }
}
