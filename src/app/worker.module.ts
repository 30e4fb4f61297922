import { DynamicModule, Module } from '@nestjs/common';
import { HealthModule } from '../modules/health/health.module.js';
import { IngestionWorkerModule } from '../modules/ingestion/ingestion-worker.module.js';
import { PipelineWorkerModule } from '../modules/pipeline/pipeline-worker.module.js';
import { DraftFeedbackWorkerModule } from '../modules/draft-feedback/draft-feedback-worker.module.js';
import { RetentionWorkerModule } from '../modules/retention/retention-worker.module.js';
import type { AppConfig } from './app-config.js';
import { CoreModule } from './core.module.js';

/** Worker role: processors and schedulers; its HTTP port serves only health and metrics. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        CoreModule.forRoot(config),
        HealthModule,
        IngestionWorkerModule,
        PipelineWorkerModule,
        RetentionWorkerModule,
        DraftFeedbackWorkerModule,
      ],
    };
  }
}
