import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DatabaseConfig } from '../../core/database/database.config.js';
import { dataSourceOptions } from '../../core/database/data-source.options.js';
import { ENTITIES } from './entities/index.js';
import { AiResponseRepository } from './repositories/ai-response.repository.js';
import { EmailRepository } from './repositories/email.repository.js';
import { FailedTaskRepository } from './repositories/failed-task.repository.js';
import { LlmUsageRepository } from './repositories/llm-usage.repository.js';
import { MailboxRepository } from './repositories/mailbox.repository.js';
import { MailboxScheduleRepository } from './repositories/mailbox-schedule.repository.js';
import { NotificationRepository } from './repositories/notification.repository.js';
import { StageStateRepository } from './repositories/stage-state.repository.js';
import { TaskRepository } from './repositories/task.repository.js';

const REPOSITORIES = [
  MailboxRepository,
  MailboxScheduleRepository,
  NotificationRepository,
  EmailRepository,
  TaskRepository,
  AiResponseRepository,
  FailedTaskRepository,
  StageStateRepository,
  LlmUsageRepository,
];

/** Postgres through TypeORM; pending migrations run on boot unless DATABASE_RUN_MIGRATIONS=false. */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [DatabaseConfig],
      useFactory: (config: DatabaseConfig) => ({
        ...dataSourceOptions(config, ENTITIES),
        migrationsRun: config.DATABASE_RUN_MIGRATIONS,
        // Fail boot quickly with a clear error instead of retrying for minutes.
        retryAttempts: 2,
        retryDelay: 1_000,
      }),
    }),
    TypeOrmModule.forFeature(ENTITIES),
  ],
  providers: REPOSITORIES,
  exports: REPOSITORIES,
})
export class PersistenceModule {}
