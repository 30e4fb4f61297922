import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { ConfigModule } from '../core/config/config.module.js';
import { CoordinationModule } from '../core/coordination/coordination.module.js';
import { loggerOptions } from '../core/logging/logger.options.js';
import { MetricsModule } from '../core/metrics/metrics.module.js';
import { QueueModule } from '../core/queue/queue.module.js';
import { PersistenceModule } from '../modules/persistence/persistence.module.js';
import { APP_CONFIG_SLICES, type AppConfig } from './app-config.js';
import { VERSION } from './version.js';

/** What every role shares: config, logging, metrics, Postgres, coordination (Redis or Postgres) and queue producers. */
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        ConfigModule.forRoot(APP_CONFIG_SLICES, config),
        LoggerModule.forRoot(loggerOptions(config.logging, config.process.APP_ROLE, VERSION)),
        MetricsModule,
        CoordinationModule.forRoot(config.queue),
        QueueModule,
        PersistenceModule,
      ],
      exports: [ConfigModule, MetricsModule, CoordinationModule, QueueModule, PersistenceModule],
    };
  }
}
