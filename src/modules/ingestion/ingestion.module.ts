import { Module } from '@nestjs/common';
import { GmailModule } from '../gmail/gmail.module';
import { PersistenceModule } from '../persistence/persistence.module';
import { MailboxConnectService } from './mailbox-connect.service';
import { MailboxCredentialsService } from './mailbox-credentials.service';
import { MailboxDisconnectService } from './mailbox-disconnect.service';
import { MailboxSyncService } from './mailbox-sync.service';
import { WatchService } from './watch.service';

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
