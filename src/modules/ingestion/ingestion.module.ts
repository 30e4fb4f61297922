import { Module } from '@nestjs/common';
import { DraftFeedbackModule } from '../draft-feedback/draft-feedback.module.js';
import { GmailModule } from '../gmail/gmail.module.js';
import { PersistenceModule } from '../persistence/persistence.module.js';
import { TaskLifecycleModule } from '../task-lifecycle/task-lifecycle.module.js';
import { MailboxConnectService } from './mailbox-connect.service.js';
import { MailboxCredentialsModule } from '../mailbox-credentials/mailbox-credentials.module.js';
import { MailboxDisconnectService } from './mailbox-disconnect.service.js';
import { MailboxImportService } from './mailbox-import.service.js';
import { MailboxSyncService } from './mailbox-sync.service.js';
import { WatchService } from './watch.service.js';

/** Gmail → database: history sync, watch renewal, mailbox connect/disconnect. No processors here. */
@Module({
  imports: [
    GmailModule,
    PersistenceModule,
    MailboxCredentialsModule,
    TaskLifecycleModule,
    DraftFeedbackModule,
  ],
  providers: [
    MailboxConnectService,
    MailboxDisconnectService,
    MailboxImportService,
    MailboxSyncService,
    WatchService,
  ],
  exports: [
    MailboxConnectService,
    MailboxDisconnectService,
    MailboxImportService,
    MailboxSyncService,
    WatchService,
  ],
})
export class IngestionModule {}
