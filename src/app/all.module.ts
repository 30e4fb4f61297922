import { DynamicModule, Module } from '@nestjs/common';
import { IngestionWorkerModule } from '../modules/ingestion/ingestion-worker.module.js';
import { PipelineWorkerModule } from '../modules/pipeline/pipeline-worker.module.js';
import { DraftFeedbackWorkerModule } from '../modules/draft-feedback/draft-feedback-worker.module.js';
import { RetentionWorkerModule } from '../modules/retention/retention-worker.module.js';
import { ApiModule } from './api.module.js';
import type { AppConfig } from './app-config.js';

/** Local convenience: the api role plus the worker's processors in one process. */
@Module({})
export class AllModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AllModule,
      imports: [
        ApiModule.forRoot(config),
        IngestionWorkerModule,
        PipelineWorkerModule,
        RetentionWorkerModule,
        DraftFeedbackWorkerModule,
      ],
    };
  }
}
