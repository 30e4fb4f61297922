import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { QueueConfig } from '../../core/queue/queue.config.js';
import { LlmService } from '../llm/llm.service.js';
import { PipelineConfig } from './pipeline.config.js';

/** How often the concurrency is re-sized. */
const TICK_MS = 2_000;

/** Fewer calls than this say too little about the time per call to act on. */
const MIN_CALLS_PER_TICK = 5;

/** Weight of the latest tick in the running time per call (smooths the log-normal tail). */
const SMOOTHING = 0.3;

/** Something whose concurrency can change at runtime: BullMQ's Worker. */
export interface ResizableWorker {
  concurrency: number;
}

export interface LittleInputs {
  /** Calls per second the account's limits allow. */
  allowedCallsPerSecond: number;
  /** Seconds a job slot is busy per LLM call (LLM latency plus the job's other work). */
  slotSecondsPerCall: number;
  headroom: number;
  min: number;
  max: number;
}

/**
 * Little's law: the slots in use equal the rate of arrivals times the time each spends. To
 * send `allowedCallsPerSecond`, a worker needs that rate × the slot time per call, plus headroom.
 */
export function littleTarget(i: LittleInputs): number {
  const needed = Math.ceil(i.allowedCallsPerSecond * i.slotSecondsPerCall * i.headroom);
  return Math.min(i.max, Math.max(i.min, needed));
}

/**
 * Sizes the pipeline worker's concurrency from the LLM account's limits and the observed time
 * per call, instead of a fixed WORKER_CONCURRENCY.
 *
 * Why: a stage job spends nearly all its time waiting for the LLM (seconds, with a long tail),
 * so a fixed handful of slots caps a worker at slots ÷ latency calls per second, far below a
 * large account's limits, while a fixed large number wastes memory on a small account and
 * breaks when the vendor's latency changes. Little's law gives the number that matches: slots =
 * allowed calls/s × slot-seconds per call. The slot time per call is measured, not assumed: the
 * time-integral of running jobs over a tick, less the time they spent waiting in the pacing
 * (that wait grows with concurrency and would feed back on itself), divided by the calls that
 * went out. It includes whatever else a job does per call (Gmail, Postgres, a repair re-ask),
 * and follows the vendor's latency as it drifts.
 *
 * Bounds: WORKER_CONCURRENCY below (also the value when no LLM limit is configured: then there
 * is no rate to size for), PIPELINE_MAX_CONCURRENCY above. The pacing (LlmRateLimiter) still
 * decides when each call goes out, so headroom costs a short wait there, not 429s. Each worker
 * sizes for the whole account, so one worker can use it alone; with several, the surplus waits in
 * the shared pacing.
 *
 * What an in-flight call holds: its BullMQ job lock (it must: a job without one would be taken
 * for stalled and run again, paying for the LLM twice), renewed by BullMQ's lock manager for all
 * of a worker's active jobs in one Redis script per renewal period, so hundreds of jobs cost one
 * round trip per period, not one each; no database connection (every statement of a stage
 * returns its connection before the LLM call; test/e2e/llm-scale.test.ts checks it).
 */
@Injectable()
export class StageConcurrency implements OnModuleDestroy {
  private readonly logger = new Logger(StageConcurrency.name);
  private readonly workers: ResizableWorker[] = [];
  private timer?: NodeJS.Timeout;
  private active = 0;
  /** ∫ active jobs dt, in job-milliseconds. */
  private busyArea = 0;
  private changedAt = Date.now();
  private last?: { at: number; busyArea: number; waitedMs: number; calls: number };
  private slotSecondsPerCall?: number;
  private current: number;

  constructor(
    private readonly config: PipelineConfig,
    private readonly queue: QueueConfig,
    private readonly llm: LlmService,
  ) {
    this.current = queue.WORKER_CONCURRENCY;
  }

  /** The concurrency the attached workers run at. */
  get concurrency(): number {
    return this.current;
  }

  /** A worker whose concurrency follows this controller from now on. */
  attach(worker: ResizableWorker): void {
    this.workers.push(worker);
    worker.concurrency = this.current;
    if (this.timer) return;
    this.last = this.reading(Date.now());
    this.timer = setInterval(() => this.tick(), TICK_MS);
    this.timer.unref();
  }

  /** Runs one job, counted as a busy slot. */
  async run<T>(job: () => Promise<T>): Promise<T> {
    this.account(Date.now(), +1);
    try {
      return await job();
    } finally {
      this.account(Date.now(), -1);
    }
  }

  /** Re-sizes from what happened since the last tick; returns the concurrency now in force. */
  tick(now = Date.now()): number {
    const reading = this.reading(now);
    const last = this.last ?? reading;
    const { allowedCallsPerSecond } = this.llm.pacing();
    const calls = reading.calls - last.calls;
    // Too few calls yet (a narrow worker's first seconds): keep measuring from the same start.
    if (calls < MIN_CALLS_PER_TICK) return this.current;
    this.last = reading;
    if (!allowedCallsPerSecond) return this.current;
    const busyMs = reading.busyArea - last.busyArea - (reading.waitedMs - last.waitedMs);
    const observed = Math.max(0, busyMs) / 1000 / calls;
    this.slotSecondsPerCall =
      this.slotSecondsPerCall === undefined
        ? observed
        : this.slotSecondsPerCall + SMOOTHING * (observed - this.slotSecondsPerCall);
    const target = littleTarget({
      allowedCallsPerSecond,
      slotSecondsPerCall: this.slotSecondsPerCall,
      headroom: this.config.PIPELINE_CONCURRENCY_HEADROOM,
      min: this.queue.WORKER_CONCURRENCY,
      max: this.config.PIPELINE_MAX_CONCURRENCY,
    });
    if (target !== this.current) {
      this.logger.log(
        {
          concurrency: target,
          previous: this.current,
          allowedCallsPerSecond: Math.round(allowedCallsPerSecond * 100) / 100,
          slotSecondsPerCall: Math.round(this.slotSecondsPerCall * 1000) / 1000,
        },
        'stage concurrency resized',
      );
      this.current = target;
      for (const worker of this.workers) worker.concurrency = target;
    }
    return this.current;
  }

  private account(now: number, delta: number): void {
    this.busyArea += this.active * (now - this.changedAt);
    this.changedAt = now;
    this.active += delta;
  }

  private reading(now: number): { at: number; busyArea: number; waitedMs: number; calls: number } {
    this.account(now, 0);
    const pacing = this.llm.pacing();
    return {
      at: now,
      busyArea: this.busyArea,
      waitedMs: pacing.waitedMs,
      calls: pacing.grantedCalls,
    };
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}
