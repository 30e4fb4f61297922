import { JobName, QueueName } from '../../core/queue/queue.constants.js';
import { TASK_STAGES, TaskStage } from './task-state.js';

/** The jobs that carry a task through its stages, in order. */
export const STAGE_JOBS = [JobName.Classify, JobName.Generate, JobName.Draft] as const;
export type StageJob = (typeof STAGE_JOBS)[number];

export interface StageTransition {
  /** Where the task is recorded when this job starts: what the job before it recorded. */
  from: TaskStage;
  /** The stage the task shows while this job runs (set by the claim). */
  running: TaskStage;
  /** The stage this job records when it succeeds. */
  done: TaskStage;
  /** The job that carries the task on from `done`; null when the task is then finished. */
  next: StageJob | null;
  /** The job's queue; a VIP sender's task goes to `priority` whatever this says. */
  queue: QueueName.Default | QueueName.Priority;
}

/** The task state machine: every stage a job reads, sets and hands on from. */
export const STAGE_TRANSITIONS: Readonly<Record<StageJob, StageTransition>> = {
  [JobName.Classify]: {
    from: 'queued',
    running: 'classifying',
    done: 'classified',
    next: JobName.Generate,
    queue: QueueName.Default,
  },
  [JobName.Generate]: {
    from: 'classified',
    running: 'generating',
    done: 'reply_generated',
    next: JobName.Draft,
    queue: QueueName.Default,
  },
  // Drafts go to `priority` (design): the LLM work is paid for, the draft is what the user sees.
  [JobName.Draft]: {
    from: 'reply_generated',
    running: 'drafting',
    done: 'draft_created',
    next: null,
    queue: QueueName.Priority,
  },
};

/** Where a finished stage leaves a live task for the next stage's job to take it from. */
export const HAND_OFF_STAGES: readonly TaskStage[] = STAGE_JOBS.filter(
  (job) => STAGE_TRANSITIONS[job].next !== null,
).map((job) => STAGE_TRANSITIONS[job].done);

export function isStageJob(name: string): name is StageJob {
  return (STAGE_JOBS as readonly string[]).includes(name);
}

/**
 * Which job carries a live task forward from the stage it is recorded at: the job that starts
 * there or was running there. `draft_created` is recorded together with the task's final status,
 * so a live task never shows it; should one, draft is the job that finds its draft recorded.
 */
export function jobForStage(stage: TaskStage): StageJob {
  for (const job of STAGE_JOBS) {
    const t = STAGE_TRANSITIONS[job];
    if (t.from === stage || t.running === stage) return job;
  }
  return JobName.Draft;
}

/** Has a task recorded at `stage` got as far as `mark` without finishing the pipeline? */
export function hasReached(stage: TaskStage, mark: TaskStage): boolean {
  const last = TASK_STAGES.indexOf(STAGE_TRANSITIONS[JobName.Draft].done);
  const at = TASK_STAGES.indexOf(stage);
  return at >= TASK_STAGES.indexOf(mark) && at < last;
}
