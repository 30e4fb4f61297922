import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { PersistenceModule } from '../persistence/persistence.module';
import { PipelineScheduler } from './pipeline.scheduler';
import { PipelineModule } from './pipeline.module';
import { DefaultQueueProcessor, PriorityQueueProcessor } from './stage.processor';

/** Worker-role half of the pipeline: the stage processors and the pipeline's timers. */
@Module({
  imports: [ScheduleModule.forRoot(), PipelineModule, PersistenceModule],
  providers: [DefaultQueueProcessor, PriorityQueueProcessor, PipelineScheduler],
})
export class PipelineWorkerModule {}
