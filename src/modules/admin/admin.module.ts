import { Module } from '@nestjs/common';
import { IngestionModule } from '../ingestion/ingestion.module';
import { PersistenceModule } from '../persistence/persistence.module';
import { PipelineModule } from '../pipeline/pipeline.module';
import { AdminAuthGuard } from './auth/admin-auth.guard';
import { ApiKeyService } from './auth/api-key.service';
import { QueueDashboardService } from './dashboard/queue-dashboard.service';
import { EmailAdminService } from './email-admin.service';
import { EmailQueryRepository } from './email-query.repository';
import { EmailsController } from './emails.controller';
import { FailedTaskAdminService } from './failed-task-admin.service';
import { FailedTasksController } from './failed-tasks.controller';
import { MailboxAdminService } from './mailbox-admin.service';
import { MailboxesController } from './mailboxes.controller';
import { ProcessEmailController } from './process-email.controller';
import { ProcessEmailService } from './process-email.service';
import { StatsController } from './stats.controller';
import { StatsRepository } from './stats.repository';
import { StatsService } from './stats.service';

/**
 * Admin API under /api/v1 (plus the design's /api/process-email and /api/task-status aliases)
 * and the queue dashboard at /api/admin/queues, all behind role-based API keys. Loaded by the
 * api role only. Exports ApiKeyService, which
 * AdminThrottlerGuard (registered as APP_GUARD by ApiModule) needs.
 */
@Module({
  imports: [PersistenceModule, PipelineModule, IngestionModule],
  controllers: [
    ProcessEmailController,
    EmailsController,
    FailedTasksController,
    MailboxesController,
    StatsController,
  ],
  providers: [
    ApiKeyService,
    AdminAuthGuard,
    ProcessEmailService,
    EmailQueryRepository,
    EmailAdminService,
    FailedTaskAdminService,
    MailboxAdminService,
    StatsRepository,
    StatsService,
    QueueDashboardService,
  ],
  exports: [ApiKeyService],
})
export class AdminModule {}
