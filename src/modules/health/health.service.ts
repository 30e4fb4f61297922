import { Injectable } from '@nestjs/common';
import { TypeOrmHealthIndicator } from '@nestjs/terminus';
import { WorkerRegistry } from '../../core/queue/worker-registry.service';
import { RedisService } from '../../core/redis/redis.service';

export interface HealthReport {
  status: 'healthy' | 'unhealthy';
  timestamp: string;
  services: { database: 'connected' | 'disconnected'; redis: 'connected' | 'disconnected'; workers: number | null };
  /** Terminus-style details beside the design's fields. */
  details: Record<string, { status: 'up' | 'down'; [k: string]: unknown }>;
}

/** Probes Postgres and Redis; no personal data ever appears in a health answer. */
@Injectable()
export class HealthService {
  constructor(
    private readonly db: TypeOrmHealthIndicator,
    private readonly redis: RedisService,
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

  redisUp(): Promise<boolean> {
    return this.redis.ping();
  }

  async report(): Promise<HealthReport> {
    const [database, redis] = await Promise.all([this.databaseUp(), this.redisUp()]);
    const workers = redis ? await this.workers.countLive().catch(() => null) : null;
    const healthy = database && redis;
    return {
      status: healthy ? 'healthy' : 'unhealthy',
      timestamp: new Date().toISOString(),
      services: {
        database: database ? 'connected' : 'disconnected',
        redis: redis ? 'connected' : 'disconnected',
        workers,
      },
      details: {
        database: { status: database ? 'up' : 'down' },
        redis: { status: redis ? 'up' : 'down' },
        workers: { status: 'up', live: workers ?? 0 },
      },
    };
  }
}
