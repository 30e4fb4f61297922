import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { MailboxCredentialsModule } from '../mailbox-credentials/mailbox-credentials.module.js';
import { PersistenceModule } from '../persistence/persistence.module.js';
import { IngestionScheduler } from './ingestion.scheduler.js';
import { IngestionModule } from './ingestion.module.js';
import { BackfillProcessor, SyncProcessor } from './sync.processor.js';

/** Worker-role half of ingestion: the sync/backfill processors and the schedulers. */
@Module({
  imports: [ScheduleModule.forRoot(), IngestionModule, MailboxCredentialsModule, PersistenceModule],
  providers: [SyncProcessor, BackfillProcessor, IngestionScheduler],
})
export class IngestionWorkerModule {}
