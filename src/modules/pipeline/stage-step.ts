import type { StageJob } from '../task-lifecycle/transitions.js';
import type { StageContext } from './stage-context.service.js';

/** What the runner tells a stage about this run. */
export interface StageInput {
  /** The task is a VIP sender's, when the stage before already decided it. */
  vip?: boolean;
  /** Non-urgent mail: the classification may wait for the Batch API (StagePayload.deferrable). */
  deferrable?: boolean;
}

/**
 * What one stage run reports: its outcome and, when the task goes on, the stage that carries it.
 * Stages do not enqueue their successor themselves: the runner decides whether the next stage
 * runs at once in the same job or as a job of its own (see StageRunner); either way the next
 * stage claims the task itself.
 */
export interface StageStep<O extends string = string> {
  outcome: O;
  next?: { stage: StageJob; vip: boolean };
}

/** A stage job's handler, registered with @HandlesStage (task-lifecycle's registry). */
export interface StageHandler {
  run(ctx: StageContext, input: StageInput): Promise<StageStep>;
}
