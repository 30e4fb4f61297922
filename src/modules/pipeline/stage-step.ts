import { Stage } from '../../core/queue/job-queue.service.js';
import type { RecordedAndClaimed } from '../persistence/repositories/stage-state.repository.js';

/**
 * What one stage run reports: its outcome and, when the task goes on, the stage that carries it.
 * Stages do not enqueue their successor themselves: the runner decides whether the next stage
 * runs at once in the same job or as a job of its own (see StageRunner).
 */
export interface StageStep<O extends string = string> {
  outcome: O;
  next?: {
    stage: Stage;
    vip: boolean;
    /** The next stage's claim, when the statement recording this stage's result made it (ctx.claimNext). */
    claimed?: RecordedAndClaimed;
  };
}
