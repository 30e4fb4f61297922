import { Module } from '@nestjs/common';
import { IngestionModule } from '../ingestion/ingestion.module.js';
import { LlmModule } from '../llm/llm.module.js';
import { PersistenceModule } from '../persistence/persistence.module.js';
import { ClassifyStageService } from './classify-stage.service.js';
import { DeadLetterService } from './dead-letter.service.js';
import { DraftStageService } from './draft-stage.service.js';
import { GenerateStageService } from './generate-stage.service.js';
import { LlmBudgetService } from './llm-budget.service.js';
import { MessageCache } from './message-cache.service.js';
import { ReconcilerService } from './reconciler.service.js';
import { StageContextService } from './stage-context.service.js';
import { StageRunner } from './stage-runner.service.js';

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
