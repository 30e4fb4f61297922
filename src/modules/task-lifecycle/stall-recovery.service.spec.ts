import { createMock } from '@golevelup/ts-vitest';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors/app-error.js';
import { MAX_STALL_RECOVERIES } from '../../core/queue/job-failure.js';
import { JobName } from '../../core/queue/queue.constants.js';
import type { ProcessingTaskEntity } from '../persistence/entities/processing-task.entity.js';
import type { TaskRepository } from '../persistence/repositories/task.repository.js';
import { DeadLetterService, STALLED_OUT } from './dead-letter.service.js';
import type { StageQueue } from './stage-queue.service.js';
import { StallRecovery } from './stall-recovery.service.js';
import { WAITING_FOR_LLM_BATCH } from './task-state.js';

function rig(task: Partial<ProcessingTaskEntity> | null, opts: { liveJob?: boolean } = {}) {
  const tasks = createMock<TaskRepository>();
  tasks.findById.mockResolvedValue(
    task && ({ id: 't1', emailId: 7, correlationId: 'c1', skipReason: null, ...task } as never),
  );
  tasks.touch.mockResolvedValue(undefined);
  const stages = createMock<StageQueue>();
  stages.hasLiveStageJob.mockResolvedValue(opts.liveJob ?? false);
  stages.enqueue.mockResolvedValue(undefined);
  const deadLetters = createMock<DeadLetterService>();
  deadLetters.record.mockResolvedValue(undefined);
  return { tasks, stages, deadLetters, recovery: new StallRecovery(tasks, stages, deadLetters) };
}

describe('StallRecovery', () => {
  it("gives a live task a fresh job for its current stage, counting the chain's recoveries", async () => {
    const r = rig({ status: 'processing', stage: 'classified' });
    // The stalled job was a classify job that had run generate inline: the task's stage decides.
    expect(await r.recovery.recover({ taskId: 't1', correlationId: 'c1' })).toBe('requeued');
    const [[stage, payload, opts]] = r.stages.enqueue.mock.calls;
    expect([stage, payload]).toEqual([
      JobName.Generate,
      { taskId: 't1', correlationId: 'c1', stallRecoveries: 1 },
    ]);
    // Spread over 30 s, apart from the jobs that stalled with it.
    expect(opts?.delayMs).toBeGreaterThanOrEqual(0);
    expect(opts?.delayMs).toBeLessThanOrEqual(30_000);
    expect(opts?.vip).toBeUndefined();
    expect(r.tasks.touch).toHaveBeenCalledWith('t1');
    expect(r.deadLetters.record).not.toHaveBeenCalled();
  });

  it('keeps a classify job that may wait for the Batch API deferrable, and a VIP ahead', async () => {
    const waiting = rig({ status: 'pending', stage: 'queued', skipReason: WAITING_FOR_LLM_BATCH });
    await waiting.recovery.recover({ taskId: 't1', correlationId: 'c1', stallRecoveries: 1 });
    const asked = rig({ status: 'pending', stage: 'queued' });
    await asked.recovery.recover({ taskId: 't1', correlationId: 'c1', deferrable: true });
    // Past classify the flag means nothing: not carried.
    const later = rig({ status: 'processing', stage: 'classified' });
    await later.recovery.recover({ taskId: 't1', correlationId: 'c1', deferrable: true });
    const vip = rig({ status: 'processing', stage: 'classified' });
    await vip.recovery.recover({ taskId: 't1', correlationId: 'c1' }, { vip: true });
    expect(waiting.stages.enqueue.mock.calls[0][1]).toEqual({
      taskId: 't1',
      correlationId: 'c1',
      stallRecoveries: 2,
      deferrable: true,
    });
    expect(asked.stages.enqueue.mock.calls[0][1]).toMatchObject({ deferrable: true });
    expect(later.stages.enqueue.mock.calls[0][1]).not.toHaveProperty('deferrable');
    expect(vip.stages.enqueue.mock.calls[0][2]).toMatchObject({ vip: true });
  });

  it('dead-letters a chain that ran out of recoveries, without a new job', async () => {
    const r = rig({ status: 'processing', stage: 'generating' });
    const outcome = await r.recovery.recover({
      taskId: 't1',
      correlationId: 'c1',
      stallRecoveries: MAX_STALL_RECOVERIES,
    });
    expect(outcome).toBe('dead_lettered');
    expect(r.stages.enqueue).not.toHaveBeenCalled();
    const [entry] = r.deadLetters.record.mock.calls[0];
    expect(entry).toMatchObject({ taskId: 't1', emailId: 7, stage: JobName.Generate });
    expect(entry.error).toBeInstanceOf(AppError);
    expect((entry.error as AppError).code).toBe(STALLED_OUT);
  });

  it('leaves alone a finished task, a missing one and one that has a job again', async () => {
    for (const [task, liveJob, outcome] of [
      [{ status: 'completed', stage: 'draft_created' }, false, 'not_live'],
      [null, false, 'not_live'],
      [{ status: 'pending', stage: 'queued' }, true, 'has_job'],
    ] as const) {
      const r = rig(task, { liveJob });
      expect(await r.recovery.recover({ taskId: 't1', correlationId: 'c1' })).toBe(outcome);
      expect(r.stages.enqueue).not.toHaveBeenCalled();
      expect(r.deadLetters.record).not.toHaveBeenCalled();
    }
  });
});
