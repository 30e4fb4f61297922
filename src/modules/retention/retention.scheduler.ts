import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { ScheduleConfig } from '../../core/config/schedule.config.js';
import { Coordination } from '../../core/coordination/coordination.port.js';
import { scheduleExclusive } from '../../core/queue/scheduled-task.js';
import { RetentionService } from './retention.service.js';

/** Hourly pruning on one worker at a time (the coordination lease), when schedulers run. */
@Injectable()
export class RetentionScheduler implements OnApplicationBootstrap {
  constructor(
    private readonly schedule: ScheduleConfig,
    private readonly registry: SchedulerRegistry,
    private readonly locks: Coordination,
    private readonly retention: RetentionService,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.schedule.SCHEDULERS_ENABLED || !this.retention.enabled) return;
    scheduleExclusive(this.registry, this.locks, 'retention', 60 * 60_000, () =>
      this.retention.prune(),
    );
  }
}
