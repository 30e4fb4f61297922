import { Module } from '@nestjs/common';
import { GmailModule } from '../gmail/gmail.module.js';
import { KnowledgeNotesModule } from '../knowledge-notes/knowledge-notes.module.js';
import { LlmModule } from '../llm/llm.module.js';
import { MailboxCredentialsModule } from '../mailbox-credentials/mailbox-credentials.module.js';
import { PersistenceModule } from '../persistence/persistence.module.js';
import { StageHandlerRegistry } from '../task-lifecycle/stage-handler.registry.js';
import { TaskLifecycleModule } from '../task-lifecycle/task-lifecycle.module.js';
import { BatchClassifyService } from './batch-classify.service.js';
import { ClassificationCacheService } from './classification-cache.service.js';
import { ClassifyStageService } from './classify-stage.service.js';
import { DraftStageService } from './draft-stage.service.js';
import { GenerateStageService } from './generate-stage.service.js';
import { LlmBudgetService } from './llm-budget.service.js';
import { MessageCache } from './message-cache.service.js';
import { StageContextService } from './stage-context.service.js';
import { StageRunner } from './stage-runner.service.js';
import { StyleExamplesService } from './style-examples.service.js';
import { TriageLabelService } from './triage-label.service.js';
import { TriagePreviewService } from './triage-preview.service.js';
import { MailboxSettingsModule } from '../mailbox-settings/mailbox-settings.module.js';

/**
 * classify → generate → draft: the stage handlers (@HandlesStage) and the runner that chains
 * them. The registry is provided here, where the handlers are, so a boot that loads the stages
 * fails when one is missing or doubled. No processors here (PipelineWorkerModule).
 */
@Module({
  imports: [
    PersistenceModule,
    GmailModule,
    MailboxCredentialsModule,
    TaskLifecycleModule,
    LlmModule,
    KnowledgeNotesModule,
    MailboxSettingsModule,
  ],
  providers: [
    StageContextService,
    ClassificationCacheService,
    BatchClassifyService,
    ClassifyStageService,
    GenerateStageService,
    LlmBudgetService,
    MessageCache,
    DraftStageService,
    TriageLabelService,
    StyleExamplesService,
    StageHandlerRegistry,
    StageRunner,
    TriagePreviewService,
  ],
  exports: [StageRunner, ClassificationCacheService, BatchClassifyService, TriagePreviewService],
})
export class PipelineModule {}
