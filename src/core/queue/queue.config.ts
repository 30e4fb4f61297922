import { Transform } from 'class-transformer';
import { IsInt, IsNumber, IsOptional, IsString, IsUrl, Matches, Max, Min } from 'class-validator';
import { toNumber } from '../config/config-slice.js';

const redisUrl = { require_tld: false, require_protocol: true, protocols: ['redis', 'rediss'] };

/**
 * Config slice (see core/config/config-slice.ts): where queues, locks and shared counters live,
 * and how queue workers run and retry.
 */
export class QueueConfig {
  /**
   * Unset: no Redis at all. Queues run on BullMQ's PostgreSQL backend in DATABASE_URL's database,
   * locks and worker heartbeats live in a Postgres table, the Gmail quota is kept per process
   * (see core/queue/queue-backend.ts and core/coordination/).
   */
  @IsOptional()
  @IsUrl(redisUrl, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL?: string;

  /**
   * Namespace of the queue data, so several deployments (or test runs) can share one Redis or one
   * database: the key prefix on Redis, the schema `bullmq_<prefix>` on PostgreSQL.
   */
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,40}$/)
  QUEUE_PREFIX = 'eas';

  @Transform(toNumber)
  @IsInt()
  @Min(1)
  @Max(64)
  WORKER_CONCURRENCY = 4;

  /** Multiplies every retry backoff; tests shrink it, production keeps 1. */
  @Transform(toNumber)
  @IsNumber()
  @Min(0)
  RETRY_BACKOFF_SCALE = 1;
}
