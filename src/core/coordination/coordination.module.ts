import { DynamicModule, Global, Module } from '@nestjs/common';
import type { QueueConfig } from '../queue/queue.config.js';
import { RedisService } from '../redis/redis.service.js';
import { Coordination } from './coordination.port.js';
import { PostgresCoordination } from './postgres-coordination.service.js';

/**
 * Provides the Coordination store for the whole app: RedisService when REDIS_URL is set (also
 * injectable by that name, e.g. for tests that inspect keys), otherwise PostgresCoordination
 * (needs the TypeORM DataSource, which PersistenceModule provides globally).
 */
@Global()
@Module({})
export class CoordinationModule {
  static forRoot(config: Pick<QueueConfig, 'REDIS_URL'>): DynamicModule {
    const store = config.REDIS_URL ? RedisService : PostgresCoordination;
    return {
      module: CoordinationModule,
      providers: [store, { provide: Coordination, useExisting: store }],
      exports: [store, Coordination],
    };
  }
}
