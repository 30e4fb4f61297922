import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { PersistenceModule } from '../persistence/persistence.module.js';
import { DeadLetterService } from './dead-letter.service.js';
import { ReconcilerService } from './reconciler.service.js';
import { StageQueue } from './stage-queue.service.js';

/**
 * The task state machine: stages and transitions (task-state.ts, transitions.ts), stage jobs on
 * their queues, dead letters and the reconciler. Both roles load it (the api enqueues and
 * retries dead letters); StageHandlerRegistry is for the module that runs stages, which lists
 * it among its own providers so only that role checks the handlers at boot.
 */
@Module({
  imports: [PersistenceModule, DiscoveryModule],
  providers: [StageQueue, DeadLetterService, ReconcilerService],
  exports: [StageQueue, DeadLetterService, ReconcilerService, DiscoveryModule],
})
export class TaskLifecycleModule {}
