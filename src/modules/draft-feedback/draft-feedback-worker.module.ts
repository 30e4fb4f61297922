import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { MailboxCredentialsModule } from '../mailbox-credentials/mailbox-credentials.module.js';
import { PersistenceModule } from '../persistence/persistence.module.js';
import { DraftFeedbackModule } from './draft-feedback.module.js';
import { DraftFeedbackScheduler } from './draft-feedback.scheduler.js';

/** Worker-role half of draft feedback: the sweep. */
@Module({
  imports: [
    ScheduleModule.forRoot(),
    DraftFeedbackModule,
    MailboxCredentialsModule,
    PersistenceModule,
  ],
  providers: [DraftFeedbackScheduler],
})
export class DraftFeedbackWorkerModule {}
