import { createMock } from '@golevelup/ts-vitest';
import type { Queue } from 'bullmq';
import { describe, expect, it } from 'vitest';
import type { JobQueueService } from '../../core/queue/job-queue.service.js';
import { JobName, QueueName } from '../../core/queue/queue.constants.js';
import { StageQueue } from './stage-queue.service.js';

describe('StageQueue', () => {
  it('routes VIP classify/generate and every draft to the priority queue', () => {
    expect(StageQueue.queueFor(JobName.Generate, true)).toBe(QueueName.Priority);
    expect(StageQueue.queueFor(JobName.Generate, false)).toBe(QueueName.Default);
    expect(StageQueue.queueFor(JobName.Classify, false)).toBe(QueueName.Default);
    expect(StageQueue.queueFor(JobName.Draft, false)).toBe(QueueName.Priority);
  });

  it('adds one job per stage and task with the stage policy, a VIP ahead', async () => {
    const defaultQ = createMock<Queue>({ name: 'default-q' });
    const priorityQ = createMock<Queue>({ name: 'priority-q' });
    const jobs = createMock<JobQueueService>({
      queues: () => ({ [QueueName.Default]: defaultQ, [QueueName.Priority]: priorityQ }),
    });
    jobs.add.mockResolvedValue(undefined);
    const stages = new StageQueue(jobs);
    await stages.enqueue(JobName.Generate, { taskId: 't1', correlationId: 'c1' }, { vip: true });
    await stages.enqueue(JobName.Classify, { taskId: 't1', correlationId: 'c1' }, { delayMs: 5 });
    // Queues compared by identity: which queue object the job went to.
    expect(jobs.add.mock.calls[0][0]).toBe(priorityQ);
    expect(jobs.add.mock.calls[1][0]).toBe(defaultQ);
    expect(jobs.add.mock.calls.map((call) => call.slice(1))).toEqual([
      [
        JobName.Generate,
        { taskId: 't1', correlationId: 'c1' },
        { jobId: 'generate_t1', attempts: 3, delay: undefined, priority: 1 },
      ],
      [
        JobName.Classify,
        { taskId: 't1', correlationId: 'c1' },
        { jobId: 'classify_t1', attempts: 5, delay: 5, priority: undefined },
      ],
    ]);
  });
});
