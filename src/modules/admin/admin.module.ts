import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { GmailModule } from '../gmail/gmail.module.js';
import { IngestionModule } from '../ingestion/ingestion.module.js';
import { KnowledgeNotesModule } from '../knowledge-notes/knowledge-notes.module.js';
import { MailboxSettingsModule } from '../mailbox-settings/mailbox-settings.module.js';
import { PersistenceModule } from '../persistence/persistence.module.js';
import { PipelineModule } from '../pipeline/pipeline.module.js';
import { RetentionModule } from '../retention/retention.module.js';
import { TaskLifecycleModule } from '../task-lifecycle/task-lifecycle.module.js';
import { ActivityEventsController } from './activity-events.controller.js';
import { AdminAuthGuard } from './auth/admin-auth.guard.js';
import { ApiKeyService } from './auth/api-key.service.js';
import { PrincipalResolver } from './auth/principal.resolver.js';
import { ConsoleSessionController } from './console-session.controller.js';
import { QueueDashboardService } from './dashboard/queue-dashboard.service.js';
import { DraftFeedbackAdminService } from './draft-feedback-admin.service.js';
import { DraftFeedbackController } from './draft-feedback.controller.js';
import { EmailAdminService } from './email-admin.service.js';
import { EmailQueryRepository } from './email-query.repository.js';
import { EmailsController } from './emails.controller.js';
import { FailedTaskAdminService } from './failed-task-admin.service.js';
import { FailedTasksController } from './failed-tasks.controller.js';
import { MailboxAdminService } from './mailbox-admin.service.js';
import { MailboxConnectionController } from './mailbox-connection.controller.js';
import { MailboxConnectionService } from './mailbox-connection.service.js';
import { OAuthCallbackController } from './oauth-callback.controller.js';
import { OAuthConsentRepository } from './oauth-consent.repository.js';
import { MailboxesController } from './mailboxes.controller.js';
import { KnowledgeNotesController } from './knowledge-notes.controller.js';
import { MailboxPreviewController } from './mailbox-preview.controller.js';
import { ProcessEmailController } from './process-email.controller.js';
import { ProcessEmailService } from './process-email.service.js';
import { StatsController } from './stats.controller.js';
import { StatsRepository } from './stats.repository.js';
import { StatsService } from './stats.service.js';
import { UsersController } from './users.controller.js';

/**
 * Admin API under /api/v1 (plus the design's /api/process-email and /api/task-status aliases)
 * and the queue dashboard at /api/admin/queues, all behind role-based API keys. Loaded by the
 * api role only. Console owners sign in with a session cookie (accounts module) and reach only
 * their own mailboxes (AdminAuthGuard, @OwnerScope). Exports ApiKeyService and
 * PrincipalResolver, which AdminThrottlerGuard (registered as APP_GUARD by ApiModule) needs.
 */
@Module({
  imports: [
    PersistenceModule,
    TaskLifecycleModule,
    IngestionModule,
    GmailModule,
    RetentionModule,
    MailboxSettingsModule,
    KnowledgeNotesModule,
    AccountsModule,
    PipelineModule,
  ],
  controllers: [
    ProcessEmailController,
    EmailsController,
    FailedTasksController,
    MailboxesController,
    KnowledgeNotesController,
    DraftFeedbackController,
    MailboxConnectionController,
    OAuthCallbackController,
    StatsController,
    ConsoleSessionController,
    UsersController,
    ActivityEventsController,
    MailboxPreviewController,
  ],
  providers: [
    ApiKeyService,
    PrincipalResolver,
    AdminAuthGuard,
    ProcessEmailService,
    EmailQueryRepository,
    EmailAdminService,
    FailedTaskAdminService,
    MailboxAdminService,
    DraftFeedbackAdminService,
    MailboxConnectionService,
    OAuthConsentRepository,
    StatsRepository,
    StatsService,
    QueueDashboardService,
  ],
  exports: [ApiKeyService, PrincipalResolver],
})
export class AdminModule {}
