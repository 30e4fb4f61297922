import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { PersistenceModule } from '../persistence/persistence.module.js';
import { TaskLifecycleModule } from '../task-lifecycle/task-lifecycle.module.js';
import { PipelineScheduler } from './pipeline.scheduler.js';
import { PipelineModule } from './pipeline.module.js';
import { DefaultQueueProcessor, PriorityQueueProcessor } from './stage.processor.js';

/** Worker-role half of the pipeline: the stage processors and the pipeline's timers. */
@Module({
  imports: [ScheduleModule.forRoot(), PipelineModule, TaskLifecycleModule, PersistenceModule],
  providers: [DefaultQueueProcessor, PriorityQueueProcessor, PipelineScheduler],
})
export class PipelineWorkerModule {}
