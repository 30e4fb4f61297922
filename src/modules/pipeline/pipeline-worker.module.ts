import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { LlmModule } from '../llm/llm.module.js';
import { PersistenceModule } from '../persistence/persistence.module.js';
import { TaskLifecycleModule } from '../task-lifecycle/task-lifecycle.module.js';
import { PipelineScheduler } from './pipeline.scheduler.js';
import { PipelineModule } from './pipeline.module.js';
import { StageConcurrency } from './stage-concurrency.service.js';
import { DefaultQueueProcessor, PriorityQueueProcessor } from './stage.processor.js';

/**
 * Worker-role half of the pipeline: the stage processors, their concurrency controller and the
 * pipeline's timers.
 */
@Module({
  imports: [
    ScheduleModule.forRoot(),
    PipelineModule,
    TaskLifecycleModule,
    PersistenceModule,
    LlmModule,
  ],
  providers: [DefaultQueueProcessor, PriorityQueueProcessor, PipelineScheduler, StageConcurrency],
})
export class PipelineWorkerModule {}
