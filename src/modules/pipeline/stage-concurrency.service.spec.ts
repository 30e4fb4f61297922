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
 * makes one LLM call; the pacing reports the calls and the time they waited; `load.value` is the
 * event loop's utilisation the controller reads.
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
  const load = { value: 0.2, utilisation: () => load.value };
  controller.attach(worker, load);
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
  /** Ticks after each of `ticks` stretches of three slot times; the sizes it chose. */
  const ticks = async (count: number, slotMs: number, waitMs = 0) => {
    const sizes: number[] = [];
    for (let i = 0; i < count; i++) {
      await runFull(3 * slotMs, slotMs, waitMs);
      sizes.push(controller.tick());
    }
    return sizes;
  };
  return { controller, worker, pacing, load, runFull, ticks };
}

describe('StageConcurrency', () => {
  afterEach(() => vi.useRealTimers());

  it('grows from WORKER_CONCURRENCY to rate × slot time × headroom, at most doubling per tick', async () => {
    vi.useFakeTimers();
    const { controller, worker, ticks } = rig({ rpm: 10_000 });
    expect(worker.concurrency).toBe(4);
    const sizes = await ticks(10, 2_000);
    const little = Math.ceil((10_000 / 60) * 2 * 1.25);
    expect(sizes.slice(0, 3)).toEqual([8, 16, 32]);
    expect(sizes.at(-1)).toBe(little);
    expect(worker.concurrency).toBe(little);
    controller.onModuleDestroy();
  });

  it('leaves the time calls waited in the pacing out of the slot time', async () => {
    vi.useFakeTimers();
    const { controller, ticks } = rig({ rpm: 600 });
    // 3 s per slot, 2 of them waiting for budget: only 1 s per call is the work to size for.
    expect((await ticks(4, 3_000, 2_000)).at(-1)).toBe(Math.ceil(10 * 1 * 1.25));
    controller.onModuleDestroy();
  });

  it('stays at WORKER_CONCURRENCY without a configured limit, and within PIPELINE_MAX_CONCURRENCY', async () => {
    vi.useFakeTimers();
    const none = rig({});
    expect(await none.ticks(3, 2_000)).toEqual([4, 4, 4]);
    none.controller.onModuleDestroy();
    const capped = rig({ rpm: 10_000, max: 100 });
    expect((await capped.ticks(8, 2_000)).at(-1)).toBe(100);
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
    expect(controller.tick()).toBe(4);
    controller.onModuleDestroy();
  });

  it('backs off when its event loop is saturated, then probes upwards slowly', async () => {
    vi.useFakeTimers();
    const { controller, load, ticks } = rig({ rpm: 10_000 });
    const little = Math.ceil((10_000 / 60) * 2 * 1.25);
    expect((await ticks(10, 2_000)).at(-1)).toBe(little);
    load.value = 0.97;
    const [first] = await ticks(1, 2_000);
    expect(first).toBe(Math.floor(little * 0.75));
    load.value = 0.5;
    const [next] = await ticks(1, 2_000);
    expect(next).toBe(Math.ceil(first * 1.05));
    controller.onModuleDestroy();
  });

  it('keeps its size through an idle tick', async () => {
    vi.useFakeTimers();
    const { controller, ticks } = rig({ rpm: 3_000 });
    const sized = (await ticks(6, 1_000)).at(-1);
    expect(sized).toBe(Math.ceil(50 * 1 * 1.25));
    vi.setSystemTime(Date.now() + 10_000);
    expect(controller.tick()).toBe(sized);
    controller.onModuleDestroy();
  });
});
