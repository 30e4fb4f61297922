import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from '../core/config/app-config';
import { HealthModule } from '../modules/health/health.module';
import { IngestionWorkerModule } from '../modules/ingestion/ingestion-worker.module';
import { PipelineWorkerModule } from '../modules/pipeline/pipeline-worker.module';
import { CoreModule } from './core.module';

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
      ],
    };
  }
}
