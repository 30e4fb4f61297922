import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { PersistenceModule } from '../persistence/persistence.module';
import { IngestionScheduler } from './ingestion.scheduler';
import { IngestionModule } from './ingestion.module';
import { BackfillProcessor, SyncProcessor } from './sync.processor';

/** Worker-role half of ingestion: the sync/backfill processors and the schedulers. */
@Module({
  imports: [ScheduleModule.forRoot(), IngestionModule, PersistenceModule],
  providers: [SyncProcessor, BackfillProcessor, IngestionScheduler],
})
export class IngestionWorkerModule {}
