import { Injectable } from '@nestjs/common';
import { TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Coordination } from '../../core/coordination/coordination.port';
import { WorkerRegistry } from '../../core/queue/worker-registry.service';

export type RedisState = 'connected' | 'disconnected' | 'not_used';

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
  /** Terminus-style details beside the design's fields. */
  details: Record<string, { status: 'up' | 'down'; [k: string]: unknown }>;
}

/** Probes Postgres and Redis (when used); no personal data ever appears in a health answer. */
@Injectable()
export class HealthService {
  constructor(
    private readonly db: TypeOrmHealthIndicator,
    private readonly store: Coordination,
    private readonly workers: WorkerRegistry,
  ) {}

  async databaseUp(): Promise<boolean> {
    try {
      const result = await this.db.pingCheck('database', { timeout: 1_500 });
      return result.database?.status === 'up';
    } catch {
      return false;
    }
  }

  /** Is Redis used at all? Without REDIS_URL the coordination store is the database itself. */
  get usesRedis(): boolean {
    return this.store.store === 'redis';
  }

  /** Redis reachable, or true when no Redis is used (the database probe covers that store). */
  redisUp(): Promise<boolean> {
    return this.usesRedis ? this.store.ping() : Promise.resolve(true);
  }

  async report(): Promise<HealthReport> {
    const [database, redis] = await Promise.all([this.databaseUp(), this.redisUp()]);
    const storeUp = this.usesRedis ? redis : database;
    const workers = storeUp ? await this.workers.countLive().catch(() => null) : null;
    const healthy = database && redis;
    const redisState: RedisState = !this.usesRedis
      ? 'not_used'
      : redis
        ? 'connected'
        : 'disconnected';
    return {
      status: healthy ? 'healthy' : 'unhealthy',
      timestamp: new Date().toISOString(),
      services: {
        database: database ? 'connected' : 'disconnected',
        redis: redisState,
        queue: this.store.store,
        workers,
      },
      details: {
        database: { status: database ? 'up' : 'down' },
        redis: { status: redis ? 'up' : 'down', used: this.usesRedis },
        workers: { status: 'up', live: workers ?? 0 },
      },
    };
  }
}
