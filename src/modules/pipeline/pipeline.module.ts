import { Module } from '@nestjs/common';
import { IngestionModule } from '../ingestion/ingestion.module';
import { LlmModule } from '../llm/llm.module';
import { PersistenceModule } from '../persistence/persistence.module';
import { ClassifyStageService } from './classify-stage.service';
import { DeadLetterService } from './dead-letter.service';
import { DraftStageService } from './draft-stage.service';
import { GenerateStageService } from './generate-stage.service';
import { LlmBudgetService } from './llm-budget.service';
import { MessageCache } from './message-cache.service';
import { ReconcilerService } from './reconciler.service';
import { StageContextService } from './stage-context.service';
import { StageRunner } from './stage-runner.service';

/** classify → generate → draft services, dead letters and the reconciler. No processors here. */
@Module({
  imports: [PersistenceModule, IngestionModule, LlmModule],
  providers: [
    StageContextService,
    ClassifyStageService,
    GenerateStageService,
    LlmBudgetService,
    MessageCache,
    DraftStageService,
    DeadLetterService,
    ReconcilerService,
    StageRunner,
  ],
  exports: [DeadLetterService, ReconcilerService, StageRunner],
})
export class PipelineModule {}
