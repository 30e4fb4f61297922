import { Stage } from '../../core/queue/job-queue.service';

/**
 * What one stage run reports: its outcome and, when the task goes on, the stage that carries it.
 * Stages do not enqueue their successor themselves: the runner decides whether the next stage
 * runs at once in the same job or as a job of its own (see StageRunner).
 */
export interface StageStep<O extends string = string> {
  outcome: O;
  next?: { stage: Stage; vip: boolean };
}
