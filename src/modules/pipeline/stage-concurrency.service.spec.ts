import { createMock } from '@golevelup/ts-vitest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { aConfig } from '../../../test/support/builders.js';
import { QueueConfig } from '../../core/queue/queue.config.js';
import type { LlmPacing } from '../llm/llm-rate-limiter.service.js';
import type { LlmService } from '../llm/llm.service.js';
import { PipelineConfig } from './pipeline.config.js';
import { littleTarget, StageConcurrency } from './stage-concurrency.service.js';

describe('littleTarget', () => {
  it('is the allowed rate times the slot time per call, with headroom, within bounds', () => {
    const base = { allowedCallsPerSecond: 10_000 / 60, slotSecondsPerCall: 2.6, headroom: 1.25 };
    expect(littleTarget({ ...base, min: 4, max: 1000 })).toBe(
      Math.ceil((10_000 / 60) * 2.6 * 1.25),
    );
    expect(littleTarget({ ...base, min: 4, max: 300 })).toBe(300);
    expect(littleTarget({ ...base, allowedCallsPerSecond: 0.5, min: 4, max: 300 })).toBe(4);
  });
});

/**
 * A worker that sends calls as fast as its slots allow: each job holds a slot for `slotMs` and
 * makes one LLM call; the pacing reports the calls and the time they waited.
 */
function rig(opts: { rpm?: number; min?: number; max?: number }) {
  const pacing: LlmPacing = {
    allowedCallsPerSecond: opts.rpm ? opts.rpm / 60 : undefined,
    grantedCalls: 0,
    waitedMs: 0,
  };
  const llm = createMock<LlmService>();
  llm.pacing.mockImplementation(() => ({ ...pacing }));
  const controller = new StageConcurrency(
    aConfig(PipelineConfig, { PIPELINE_MAX_CONCURRENCY: opts.max ?? 1000 }),
    aConfig(QueueConfig, { WORKER_CONCURRENCY: opts.min ?? 4 }),
    llm,
  );
  const worker = { concurrency: 0 };
  controller.attach(worker);
  /**
   * Runs the worker full for `ms` (the clock moved by hand, so the controller's own timer never
   * fires) with jobs of `slotMs`, `waitMs` of which they spend waiting in the pacing.
   */
  const runFull = async (ms: number, slotMs: number, waitMs = 0) => {
    for (let spent = 0; spent < ms; spent += slotMs) {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const jobs = Array.from({ length: worker.concurrency }, () => controller.run(() => held));
      vi.setSystemTime(Date.now() + slotMs);
      pacing.grantedCalls += worker.concurrency;
      pacing.waitedMs += worker.concurrency * waitMs;
      release();
      await Promise.all(jobs);
    }
  };
  return { controller, worker, pacing, runFull };
}

describe('StageConcurrency', () => {
  afterEach(() => vi.useRealTimers());

  it('starts at WORKER_CONCURRENCY and grows to rate × slot time × headroom once calls are seen', async () => {
    vi.useFakeTimers();
    const { controller, worker, runFull } = rig({ rpm: 10_000 });
    expect(worker.concurrency).toBe(4);
    await runFull(8_000, 2_000);
    expect(controller.tick()).toBe(Math.ceil((10_000 / 60) * 2 * 1.25));
    expect(worker.concurrency).toBe(controller.concurrency);
    controller.onModuleDestroy();
  });

  it('leaves the time calls waited in the pacing out of the slot time', async () => {
    vi.useFakeTimers();
    const { controller, runFull } = rig({ rpm: 600 });
    // 3 s per slot, 2 of them waiting for budget: only 1 s per call is the work to size for.
    await runFull(12_000, 3_000, 2_000);
    expect(controller.tick()).toBe(Math.ceil(10 * 1 * 1.25));
    controller.onModuleDestroy();
  });

  it('stays at WORKER_CONCURRENCY without a configured limit, and within PIPELINE_MAX_CONCURRENCY', async () => {
    vi.useFakeTimers();
    const none = rig({});
    await none.runFull(4_000, 2_000);
    expect(none.controller.tick()).toBe(4);
    none.controller.onModuleDestroy();
    const capped = rig({ rpm: 10_000, max: 100 });
    await capped.runFull(4_000, 2_000);
    expect(capped.controller.tick()).toBe(100);
    expect(capped.worker.concurrency).toBe(100);
    capped.controller.onModuleDestroy();
  });

  it('measures across ticks until enough calls went out', async () => {
    vi.useFakeTimers();
    const { controller, runFull } = rig({ rpm: 6_000, min: 2 });
    // Two slots, 2-s jobs: two calls per tick, too few to act on alone.
    await runFull(2_000, 2_000);
    expect(controller.tick()).toBe(2);
    await runFull(2_000, 2_000);
    expect(controller.tick()).toBe(2);
    await runFull(2_000, 2_000);
    expect(controller.tick()).toBe(Math.ceil(100 * 2 * 1.25));
    controller.onModuleDestroy();
  });

  it('keeps its size through an idle tick', async () => {
    vi.useFakeTimers();
    const { controller, runFull } = rig({ rpm: 3_000 });
    await runFull(2_000, 1_000);
    const sized = controller.tick();
    expect(sized).toBe(Math.ceil(50 * 1 * 1.25));
    vi.setSystemTime(Date.now() + 10_000);
    expect(controller.tick()).toBe(sized);
    controller.onModuleDestroy();
  });
});
