import { Module } from '@nestjs/common';
import { GmailModule } from '../gmail/gmail.module.js';
import { PersistenceModule } from '../persistence/persistence.module.js';
import { MailboxConnectService } from './mailbox-connect.service.js';
import { MailboxCredentialsService } from './mailbox-credentials.service.js';
import { MailboxDisconnectService } from './mailbox-disconnect.service.js';
import { MailboxSyncService } from './mailbox-sync.service.js';
import { WatchService } from './watch.service.js';

/** Gmail → database: history sync, watch renewal, mailbox credentials. No processors here. */
@Module({
  imports: [GmailModule, PersistenceModule],
  providers: [
    MailboxCredentialsService,
    MailboxConnectService,
    MailboxDisconnectService,
    MailboxSyncService,
    WatchService,
  ],
  exports: [
    GmailModule,
    MailboxCredentialsService,
    MailboxConnectService,
    MailboxDisconnectService,
    MailboxSyncService,
    WatchService,
  ],
})
export class IngestionModule {}
