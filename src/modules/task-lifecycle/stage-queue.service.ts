import { Injectable } from '@nestjs/common';
import type { JobsOptions, Queue } from 'bullmq';
import { JobQueueService } from '../../core/queue/job-queue.service.js';
import { QueueName, StagePayload } from '../../core/queue/queue.constants.js';
import { RETRY_POLICY } from '../../core/queue/retry-policy.js';
import { STAGE_JOBS, STAGE_TRANSITIONS, StageJob } from './transitions.js';

/** Queues a stage job may sit in (batch: bulk reprocessing). */
const STAGE_QUEUES = [QueueName.Default, QueueName.Priority, QueueName.Batch] as const;

/**
 * Stage jobs on their queues: one live job per stage and task (deterministic job id), the
 * stage's retry policy, and a VIP sender's task ahead of the rest.
 */
@Injectable()
export class StageQueue {
  constructor(private readonly jobs: JobQueueService) {}

  static jobId(job: StageJob, taskId: string): string {
    return `${job}_${taskId}`;
  }

  /** The job's queue (transitions table), or `priority` for a VIP sender. */
  static queueFor(job: StageJob, vip: boolean): QueueName {
    return vip ? QueueName.Priority : STAGE_TRANSITIONS[job].queue;
  }

  /** A stage job's id and its policy's attempts. */
  static options(job: StageJob, taskId: string): JobsOptions {
    return { jobId: StageQueue.jobId(job, taskId), attempts: RETRY_POLICY[job].attempts };
  }

  async enqueue(
    job: StageJob,
    payload: StagePayload,
    opts: { vip?: boolean; delayMs?: number } = {},
  ): Promise<void> {
    await this.jobs.add(this.queue(StageQueue.queueFor(job, opts.vip ?? false)), job, payload, {
      ...StageQueue.options(job, payload.taskId),
      delay: opts.delayMs,
      priority: opts.vip ? 1 : undefined,
    });
  }

  /** enqueue() for several tasks in one round trip (BullMQ addBulk), same ids and options. */
  async enqueueMany(job: StageJob, payloads: StagePayload[]): Promise<void> {
    await this.jobs.addBulk(
      this.queue(StageQueue.queueFor(job, false)),
      job,
      payloads.map((data) => ({ data, opts: StageQueue.options(job, data.taskId) })),
    );
  }

  /** Is a job for this stage and task waiting, delayed or running? */
  async hasLiveJob(job: StageJob, taskId: string): Promise<boolean> {
    const id = StageQueue.jobId(job, taskId);
    for (const name of STAGE_QUEUES) {
      const found = await this.queue(name).getJob(id);
      if (found) {
        const state = await found.getState();
        if (state !== 'completed' && state !== 'failed' && state !== 'unknown') return true;
      }
    }
    return false;
  }

  /**
   * Is any stage job of this task waiting, delayed or running? With inline stages the job that
   * carries a task may be named after an earlier stage than the one the task shows.
   */
  async hasLiveStageJob(taskId: string): Promise<boolean> {
    for (const job of STAGE_JOBS) {
      if (await this.hasLiveJob(job, taskId)) return true;
    }
    return false;
  }

  private queue(name: QueueName): Queue {
    return this.jobs.queues()[name];
  }
}
