import { describe, expect, it, vi } from 'vitest';
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
    const queues = { [QueueName.Default]: 'default-q', [QueueName.Priority]: 'priority-q' };
    const jobs = { add: vi.fn().mockResolvedValue(undefined), queues: () => queues };
    const stages = new StageQueue(jobs as unknown as JobQueueService);
    await stages.enqueue(JobName.Generate, { taskId: 't1', correlationId: 'c1' }, { vip: true });
    await stages.enqueue(JobName.Classify, { taskId: 't1', correlationId: 'c1' }, { delayMs: 5 });
    expect(jobs.add.mock.calls).toEqual([
      [
        'priority-q',
        JobName.Generate,
        { taskId: 't1', correlationId: 'c1' },
        { jobId: 'generate_t1', attempts: 3, delay: undefined, priority: 1 },
      ],
      [
        'default-q',
        JobName.Classify,
        { taskId: 't1', correlationId: 'c1' },
        { jobId: 'classify_t1', attempts: 5, delay: 5, priority: undefined },
      ],
    ]);
  });
});
