import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { PersistenceModule } from '../persistence/persistence.module.js';
import { DeadLetterService } from './dead-letter.service.js';
import { ReconcilerService } from './reconciler.service.js';
import { StageQueue } from './stage-queue.service.js';
import { StallRecovery } from './stall-recovery.service.js';

/**
 * The task state machine: stages and transitions (task-state.ts, transitions.ts), stage jobs on
 * their queues, dead letters, the reconciler and the recovery of stalled-out jobs. Both roles load it (the api enqueues and
 * retries dead letters); StageHandlerRegistry is for the module that runs stages, which lists
 * it among its own providers so only that role checks the handlers at boot.
 */
@Module({
  imports: [PersistenceModule, DiscoveryModule],
  providers: [StageQueue, DeadLetterService, ReconcilerService, StallRecovery],
  exports: [StageQueue, DeadLetterService, ReconcilerService, StallRecovery, DiscoveryModule],
})
export class TaskLifecycleModule {}
