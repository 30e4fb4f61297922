import { Module } from '@nestjs/common';
import { GmailModule } from '../gmail/gmail.module.js';
import { MailboxCredentialsModule } from '../mailbox-credentials/mailbox-credentials.module.js';
import { PersistenceModule } from '../persistence/persistence.module.js';
import { DraftFeedbackService } from './draft-feedback.service.js';

/** What became of each AI draft (draft-outcome.ts): observed from history and by a sweep. */
@Module({
  imports: [GmailModule, PersistenceModule, MailboxCredentialsModule],
  providers: [DraftFeedbackService],
  exports: [DraftFeedbackService],
})
export class DraftFeedbackModule {}
