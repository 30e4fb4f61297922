import { describe, expect, it } from 'vitest';
import { JobQueueService } from '../../core/queue/job-queue.service.js';
import { JobName, QueueName } from '../../core/queue/queue.constants.js';
import { isVipSender } from './stage-context.service.js';

describe('VIP routing', () => {
  it('matches addresses and @domains, with or without a display name', () => {
    const list = 'ceo@big.example, @partner.example';
    expect(isVipSender(list, 'CEO <CEO@big.example>')).toBe(true);
    expect(isVipSender(list, 'anyone@partner.example')).toBe(true);
    expect(isVipSender(list, 'anyone@notpartner.example.org')).toBe(false);
    expect(isVipSender(list, 'intern@big.example')).toBe(false);
    expect(isVipSender(undefined, 'ceo@big.example')).toBe(false);
  });

  it('routes VIP classify/generate and every draft to the priority queue', () => {
    expect(JobQueueService.queueFor(JobName.Generate, true)).toBe(QueueName.Priority);
    expect(JobQueueService.queueFor(JobName.Generate, false)).toBe(QueueName.Default);
    expect(JobQueueService.queueFor(JobName.Classify, false)).toBe(QueueName.Default);
    expect(JobQueueService.queueFor(JobName.Draft, false)).toBe(QueueName.Priority);
  });
});
