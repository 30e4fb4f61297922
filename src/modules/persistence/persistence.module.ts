import { Module } from '@nestjs/common';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DatabaseConfig } from '../../core/database/database.config.js';
import { dataSourceOptions } from '../../core/database/data-source.options.js';
import { DatabaseProbe } from './database/database-probe.service.js';
import { KYSELY, kyselyOver } from './database/database.js';
import { ENTITIES } from './entities/index.js';
import { AiResponseRepository } from './repositories/ai-response.repository.js';
import { ClassificationCacheRepository } from './repositories/classification-cache.repository.js';
import { DraftFeedbackRepository } from './repositories/draft-feedback.repository.js';
import { EmailRepository } from './repositories/email.repository.js';
import { FailedTaskRepository } from './repositories/failed-task.repository.js';
import { KnowledgeNoteRepository } from './repositories/knowledge-note.repository.js';
import { LabelRepository } from './repositories/label.repository.js';
import { LlmBatchRepository } from './repositories/llm-batch.repository.js';
import { LlmUsageRepository } from './repositories/llm-usage.repository.js';
import { MailboxRepository } from './repositories/mailbox.repository.js';
import { MailboxScheduleRepository } from './repositories/mailbox-schedule.repository.js';
import { MailboxSettingsRepository } from './repositories/mailbox-settings.repository.js';
import { NotificationRepository } from './repositories/notification.repository.js';
import { StageClaimRepository } from './repositories/stage-claim.repository.js';
import { StageStateRepository } from './repositories/stage-state.repository.js';
import { TaskRepository } from './repositories/task.repository.js';
import { UserRepository } from './repositories/user.repository.js';

const REPOSITORIES = [
  MailboxRepository,
  MailboxScheduleRepository,
  NotificationRepository,
  EmailRepository,
  TaskRepository,
  AiResponseRepository,
  FailedTaskRepository,
  StageClaimRepository,
  StageStateRepository,
  LlmUsageRepository,
  MailboxSettingsRepository,
  LabelRepository,
  ClassificationCacheRepository,
  LlmBatchRepository,
  KnowledgeNoteRepository,
  DraftFeedbackRepository,
  UserRepository,
];

/**
 * Postgres: TypeORM for the entities and migrations, Kysely (KYSELY, on TypeORM's pool) for the
 * repositories' typed statements and transactions. Pending migrations run on boot unless
 * DATABASE_RUN_MIGRATIONS=false.
 */
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
  providers: [
    {
      provide: KYSELY,
      inject: [getDataSourceToken(), DatabaseConfig],
      useFactory: (dataSource: DataSource, config: DatabaseConfig) =>
        kyselyOver(dataSource, config.DATABASE_PREPARED_STATEMENTS),
    },
    ...REPOSITORIES,
    DatabaseProbe,
  ],
  exports: [KYSELY, ...REPOSITORIES, DatabaseProbe],
})
export class PersistenceModule {}
