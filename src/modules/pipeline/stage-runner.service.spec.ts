import { createMock } from '@golevelup/ts-vitest';
import { DelayedError, type Job, UnrecoverableError } from 'bullmq';
import type { Counter, Histogram } from 'prom-client';
import { describe, expect, it, vi } from 'vitest';
import { aConfig, anEmail, aStageContext, aTask } from '../../../test/support/builders.js';
import { AppError, ErrorCodes } from '../../core/errors/app-error.js';
import { isInfrastructureDown } from '../../core/errors/infrastructure-errors.js';
import { OUTAGE_PATIENCE } from '../../core/queue/job-failure.js';
import { JobName, StagePayload } from '../../core/queue/queue.constants.js';
import { MailboxCredentialsService } from '../mailbox-credentials/mailbox-credentials.service.js';
import { DatabaseProbe } from '../persistence/database/database-probe.service.js';
import { DeadLetterService } from '../task-lifecycle/dead-letter.service.js';
import { StageHandlerRegistry } from '../task-lifecycle/stage-handler.registry.js';
import { StageQueue } from '../task-lifecycle/stage-queue.service.js';
import { DRAFT_IN_PROGRESS } from './draft-stage.service.js';
import { LlmBudgetExhausted } from './llm-budget.service.js';
import { PipelineConfig } from './pipeline.config.js';
import { LoadResult, StageContextService } from './stage-context.service.js';
import { StageRunner } from './stage-runner.service.js';
import type { StageHandler } from './stage-step.js';

/** How the runner chains stages in one job, and where an inline stage's failure goes. */
describe('StageRunner', () => {
  const payload: StagePayload = { taskId: 't-1', correlationId: 'c-1' };
  const ctx = aStageContext({ task: aTask(), email: anEmail({ sender: 'a@b.example' }) });

  function setup(opts: { inline?: boolean; databaseDown?: boolean } = {}) {
    const load = vi
      .fn<(taskId: string, stage: string) => Promise<LoadResult>>()
      .mockResolvedValue({ kind: 'ready', ctx });
    const classify = createMock<StageHandler>();
    classify.run.mockResolvedValue({
      outcome: 'needs_reply',
      next: { stage: JobName.Generate, vip: true },
    });
    const generate = createMock<StageHandler>();
    generate.run.mockResolvedValue({
      outcome: 'generated',
      next: { stage: JobName.Draft, vip: true },
    });
    const draft = createMock<StageHandler>();
    draft.run.mockResolvedValue({ outcome: 'created' });
    const deadLetters = createMock<DeadLetterService>();
    deadLetters.record.mockResolvedValue(undefined);
    const jobs = createMock<StageQueue>();
    jobs.enqueue.mockResolvedValue(undefined);
    const credentials = createMock<MailboxCredentialsService>();
    credentials.handleIfRevoked.mockResolvedValue(false);
    // The registry as boot leaves it: one handler per stage job, found by @HandlesStage.
    const registry = Object.assign(
      Object.create(StageHandlerRegistry.prototype) as StageHandlerRegistry<StageHandler>,
      {
        handlers: new Map<string, StageHandler>([
          [JobName.Classify, classify],
          [JobName.Generate, generate],
          [JobName.Draft, draft],
        ]),
      },
    );
    const retries = createMock<Counter<string>>();
    const runner = new StageRunner(
      aConfig(PipelineConfig, { PIPELINE_INLINE_STAGES: opts.inline ?? true }),
      createMock<StageContextService>({ load }),
      registry,
      deadLetters,
      credentials,
      jobs,
      // As the probe decides: a lost connection while the database does not answer.
      createMock<DatabaseProbe>({
        isOutage: async (error: unknown) =>
          Boolean(opts.databaseDown) && isInfrastructureDown(error),
      }),
      createMock<Histogram<string>>(),
      retries,
    );
    const job = createMock<Job<StagePayload>>({
      name: JobName.Classify,
      data: payload,
      attemptsMade: 0,
      opts: { attempts: 5 },
    });
    return { runner, job, load, classify, generate, draft, deadLetters, jobs, retries };
  }

  it('runs generate and draft in the classify job, claiming each stage, queueing nothing', async () => {
    const { runner, job, load, generate, draft, jobs } = setup();
    await expect(runner.run(job, 'tok')).resolves.toEqual({
      classify: 'needs_reply',
      generate: 'generated',
      draft: 'created',
    });
    expect(load.mock.calls.map((c) => c[1])).toEqual([
      JobName.Classify,
      JobName.Generate,
      JobName.Draft,
    ]);
    expect(generate.run).toHaveBeenCalledWith(ctx, { vip: true });
    expect(draft.run).toHaveBeenCalledTimes(1);
    expect(jobs.enqueue).not.toHaveBeenCalled();
  });

  it('stops at an inline stage whose own claim finds the mailbox paused or the task finished', async () => {
    for (const [kind, outcome] of [
      ['parked', 'skipped:parked'],
      ['finished', 'skipped:finished'],
    ] as const) {
      const { runner, job, load, classify, generate, jobs } = setup();
      classify.run.mockResolvedValue({
        outcome: 'needs_reply',
        next: { stage: JobName.Generate, vip: false },
      });
      load.mockResolvedValueOnce({ kind: 'ready', ctx }).mockResolvedValueOnce({ kind });
      await expect(runner.run(job, 'tok')).resolves.toEqual({
        classify: 'needs_reply',
        generate: outcome,
      });
      expect(load.mock.calls.map((c) => c[1])).toEqual([JobName.Classify, JobName.Generate]);
      expect(generate.run).not.toHaveBeenCalled();
      expect(jobs.enqueue).not.toHaveBeenCalled();
    }
  });

  it.each([
    ['PIPELINE_INLINE_STAGES is off', { inline: false }, false],
    ['the worker is shutting down', {}, true],
  ])('queues the next stage as its own job when %s', async (_why, opts, draining) => {
    const { runner, job, generate, jobs } = setup(opts);
    await runner.run(job, 'tok', { draining: () => draining });
    expect(generate.run).not.toHaveBeenCalled();
    expect(jobs.enqueue).toHaveBeenCalledWith(JobName.Generate, payload, {
      vip: true,
      delayMs: undefined,
    });
  });

  it("queues an inline stage that failed transiently after its policy's first delay (Retry-After honoured), without failing the job", async () => {
    const { runner, job, generate, draft, jobs, retries, deadLetters } = setup();
    generate.run.mockRejectedValue(
      new AppError(ErrorCodes.LLM_RATE_LIMITED, '429', { retryable: true, retryAfterSeconds: 90 }),
    );
    await expect(runner.run(job, 'tok')).resolves.toEqual({
      classify: 'needs_reply',
      generate: 'handed_off',
    });
    expect(draft.run).not.toHaveBeenCalled();
    expect(jobs.enqueue).toHaveBeenCalledWith(JobName.Generate, payload, {
      vip: true,
      delayMs: expect.any(Number),
    });
    expect(jobs.enqueue.mock.calls[0][2]?.delayMs).toBeGreaterThanOrEqual(90_000);
    expect(retries.inc).toHaveBeenCalledWith({
      task_name: JobName.Generate,
      stage: JobName.Generate,
      reason: ErrorCodes.LLM_RATE_LIMITED,
    });
    expect(deadLetters.record).not.toHaveBeenCalled();
  });

  it('dead-letters an inline stage that failed for good at once, as its own job would have', async () => {
    const { runner, job, generate, jobs, deadLetters } = setup();
    const error = new AppError(ErrorCodes.LLM_INVALID_OUTPUT, 'not JSON', { retryable: false });
    generate.run.mockRejectedValue(error);
    await runner.run(job, 'tok');
    expect(deadLetters.record).toHaveBeenCalledWith({
      taskId: 't-1',
      emailId: 1,
      stage: JobName.Generate,
      error,
      attempts: 1,
    });
    expect(jobs.enqueue).not.toHaveBeenCalled();
  });

  it('waits for a held draft lock in a delayed draft job', async () => {
    const { runner, job, draft, jobs, deadLetters } = setup();
    draft.run.mockRejectedValue(
      new AppError(DRAFT_IN_PROGRESS, 'held', { retryable: true, retryAfterSeconds: 5 }),
    );
    await runner.run(job, 'tok');
    expect(jobs.enqueue).toHaveBeenCalledWith(JobName.Draft, payload, {
      vip: true,
      delayMs: 5_000,
    });
    expect(deadLetters.record).not.toHaveBeenCalled();
  });

  it('queues the stage when its claim fails (database blip), and stops when the task is already finished', async () => {
    const blip = setup();
    blip.load
      .mockResolvedValueOnce({ kind: 'ready', ctx })
      .mockRejectedValueOnce(
        Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
      );
    await blip.runner.run(blip.job, 'tok');
    expect(blip.generate.run).not.toHaveBeenCalled();
    expect(blip.jobs.enqueue).toHaveBeenCalledWith(JobName.Generate, payload, {
      vip: true,
      delayMs: expect.any(Number),
    });
    // A blip (the database answers): the policy's first delay. Down: a second or so.
    expect(blip.jobs.enqueue.mock.calls[0][2]?.delayMs).toBeGreaterThanOrEqual(30_000);
    const down = setup({ databaseDown: true });
    down.load
      .mockResolvedValueOnce({ kind: 'ready', ctx })
      .mockRejectedValueOnce(
        Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
      );
    await down.runner.run(down.job, 'tok');
    expect(down.jobs.enqueue.mock.calls[0][2]?.delayMs).toBeLessThanOrEqual(1_000);

    const done = setup();
    done.load
      .mockResolvedValueOnce({ kind: 'ready', ctx })
      .mockResolvedValueOnce({ kind: 'finished' });
    await expect(done.runner.run(done.job, 'tok')).resolves.toEqual({
      classify: 'needs_reply',
      generate: 'skipped:finished',
    });
    expect(done.jobs.enqueue).not.toHaveBeenCalled();
  });

  it("lets a failure of the job's own stage go to BullMQ (retry), never to an inline hand-off", async () => {
    const { runner, job, classify, jobs } = setup();
    classify.run.mockRejectedValue(
      new AppError(ErrorCodes.LLM_TIMEOUT, 'slow', { retryable: true }),
    );
    await expect(runner.run(job, 'tok')).rejects.toThrow('slow');
    expect(jobs.enqueue).not.toHaveBeenCalled();
  });

  it('waits out a database outage in a delayed job, spending no attempt, even on its last one', async () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    const atClaim = setup({ databaseDown: true });
    atClaim.load.mockRejectedValue(refused);
    const moveToDelayed = vi.fn().mockResolvedValue(undefined);
    const updateData = vi.fn().mockResolvedValue(undefined);
    Object.assign(atClaim.job, { moveToDelayed, updateData });
    const before = Date.now();
    await expect(atClaim.runner.run(atClaim.job, 'tok')).rejects.toThrow(DelayedError);
    const [at, token] = moveToDelayed.mock.calls[0];
    expect(token).toBe('tok');
    expect(at).toBeGreaterThanOrEqual(before + 500);
    expect(at).toBeLessThanOrEqual(Date.now() + 1_000);
    expect(updateData).toHaveBeenCalledWith({ ...payload, outageWaits: 1 });
    expect(atClaim.retries.inc).not.toHaveBeenCalled();

    // Mid-stage, on the job's last attempt, after many waits: still a wait, capped, no dead letter.
    const last = setup({ databaseDown: true });
    last.classify.run.mockRejectedValue(new Error('Connection terminated unexpectedly'));
    const later = vi.fn().mockResolvedValue(undefined);
    const counted = vi.fn().mockResolvedValue(undefined);
    Object.assign(last.job, {
      moveToDelayed: later,
      updateData: counted,
      attemptsMade: 4,
      data: { ...payload, outageWaits: 40 },
    });
    await expect(last.runner.run(last.job, 'tok')).rejects.toThrow(DelayedError);
    expect(later.mock.calls[0][0]).toBeLessThanOrEqual(Date.now() + 15_000);
    expect(counted).toHaveBeenCalledWith({ ...payload, outageWaits: 41 });
    expect(last.deadLetters.record).not.toHaveBeenCalled();
  });

  it("leaves to the retry policy a lost connection while the database answers, and an outage past the job's patience", async () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    // A vendor's connection reset (wrapped in ours): the database is fine.
    const vendor = setup({ databaseDown: false });
    vendor.classify.run.mockRejectedValue(
      new AppError(ErrorCodes.LLM_UNAVAILABLE, 'reset', { retryable: true, cause: refused }),
    );
    const moveToDelayed = vi.fn();
    Object.assign(vendor.job, { moveToDelayed });
    await expect(vendor.runner.run(vendor.job, 'tok')).rejects.toThrow('reset');
    expect(moveToDelayed).not.toHaveBeenCalled();
    expect(vendor.retries.inc).toHaveBeenCalled();

    const spent = setup({ databaseDown: true });
    spent.load.mockRejectedValue(refused);
    Object.assign(spent.job, { moveToDelayed, data: { ...payload, outageWaits: OUTAGE_PATIENCE } });
    await expect(spent.runner.run(spent.job, 'tok')).rejects.toBe(refused);
    expect(moveToDelayed).not.toHaveBeenCalled();
    expect(spent.retries.inc).toHaveBeenCalledWith(
      expect.objectContaining({ reason: 'INFRASTRUCTURE' }),
    );
  });

  it('moves a classify job past the daily LLM budget to the resume time, spending no attempt', async () => {
    const { runner, job, classify, jobs, retries, deadLetters } = setup();
    const resumeAt = new Date(Date.now() + 3_600_000);
    classify.run.mockRejectedValue(new LlmBudgetExhausted(resumeAt));
    const moveToDelayed = vi.fn().mockResolvedValue(undefined);
    Object.assign(job, { moveToDelayed });
    await expect(runner.run(job, 'tok')).rejects.toThrow(DelayedError);
    expect(moveToDelayed).toHaveBeenCalledWith(resumeAt.getTime(), 'tok');
    expect(retries.inc).not.toHaveBeenCalled();
    expect(deadLetters.record).not.toHaveBeenCalled();
    expect(jobs.enqueue).not.toHaveBeenCalled();
  });

  it('queues an inline generate past the daily LLM budget as a job delayed to the resume time', async () => {
    const { runner, job, generate, draft, jobs, retries, deadLetters } = setup();
    const resumeAt = new Date(Date.now() + 3_600_000);
    generate.run.mockRejectedValue(new LlmBudgetExhausted(resumeAt));
    await expect(runner.run(job, 'tok')).resolves.toEqual({
      classify: 'needs_reply',
      generate: 'handed_off',
    });
    expect(draft.run).not.toHaveBeenCalled();
    const [stage, data, opts] = jobs.enqueue.mock.calls[0];
    expect([stage, data, opts?.vip]).toEqual([JobName.Generate, payload, true]);
    expect(opts?.delayMs).toBeGreaterThan(3_500_000);
    expect(opts?.delayMs).toBeLessThanOrEqual(3_600_000);
    expect(retries.inc).not.toHaveBeenCalled();
    expect(deadLetters.record).not.toHaveBeenCalled();
  });

  it('fails a job whose name is no stage at once, running no stage and queueing nothing', async () => {
    const { runner, job, load, classify, draft, jobs } = setup();
    Object.assign(job, { name: 'drafts' });
    await expect(runner.run(job, 'tok')).rejects.toThrow(UnrecoverableError);
    expect(load).not.toHaveBeenCalled();
    expect(classify.run).not.toHaveBeenCalled();
    expect(draft.run).not.toHaveBeenCalled();
    expect(jobs.enqueue).not.toHaveBeenCalled();
  });
});
