import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { ScheduleConfig } from '../../core/config/schedule.config.js';
import { Coordination } from '../../core/coordination/coordination.port.js';
import { scheduleExclusive } from '../../core/queue/scheduled-task.js';
import { MailboxScheduleRepository } from '../persistence/repositories/mailbox-schedule.repository.js';
import { DraftFeedbackConfig } from './draft-feedback.config.js';
import { DraftFeedbackService } from './draft-feedback.service.js';
import { MailboxCredentialsService } from '../mailbox-credentials/mailbox-credentials.service.js';

/**
 * A sweep period is hours long: a tick every half minute keeps each tick's share of the fleet
 * small (the due times are spread over the period per mailbox, MailboxScheduleRepository).
 */
const SWEEP_TICK_MS = 30_000;
/** Mailboxes swept per tick at most; the rest stay due for the next ticks. */
export const SWEEPS_PER_TICK = 40;
/** Mailboxes swept at the same time (each waits on Gmail most of its time). */
const PARALLEL_SWEEPS = 4;

/** The draft-outcome sweep (worker role, one timer for the fleet, one worker at a time). */
@Injectable()
export class DraftFeedbackScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(DraftFeedbackScheduler.name);

  constructor(
    private readonly schedule: ScheduleConfig,
    private readonly config: DraftFeedbackConfig,
    private readonly registry: SchedulerRegistry,
    private readonly locks: Coordination,
    private readonly dueTimes: MailboxScheduleRepository,
    private readonly feedback: DraftFeedbackService,
    private readonly credentials: MailboxCredentialsService,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.schedule.SCHEDULERS_ENABLED) return;
    scheduleExclusive(this.registry, this.locks, 'draft-feedback-sweep', SWEEP_TICK_MS, () =>
      this.sweepDue(),
    );
  }

  /** Sweeps the mailboxes that came due; returns how many outcomes were recorded. */
  async sweepDue(): Promise<number> {
    const period = this.config.DRAFT_FEEDBACK_SWEEP_MINUTES * 60;
    await this.dueTimes.place('feedback', period);
    const due = await this.dueTimes.claimDue('feedback', period, 0, SWEEPS_PER_TICK);
    let recorded = 0;
    for (let i = 0; i < due.length; i += PARALLEL_SWEEPS) {
      const counts = await Promise.all(
        due.slice(i, i + PARALLEL_SWEEPS).map(({ id }) => this.sweepOne(id)),
      );
      recorded += counts.reduce((a, b) => a + b, 0);
    }
    return recorded;
  }

  private async sweepOne(mailboxId: string): Promise<number> {
    try {
      return await this.feedback.sweep(mailboxId);
    } catch (error) {
      // One mailbox's failure never stops the others; its next period tries again.
      if (!(await this.credentials.handleIfRevoked(mailboxId, error)))
        this.logger.warn(
          { mailboxId, code: (error as { code?: string }).code },
          'draft outcome sweep failed',
        );
      return 0;
    }
  }
}
