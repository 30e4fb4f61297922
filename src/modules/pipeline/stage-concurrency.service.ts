import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { performance, type EventLoopUtilization } from 'node:perf_hooks';
import { QueueConfig } from '../../core/queue/queue.config.js';
import { LlmService } from '../llm/llm.service.js';
import { PipelineConfig } from './pipeline.config.js';

/** How often the concurrency is re-sized. */
const TICK_MS = 2_000;

/** Fewer calls than this say too little about the time per call to act on. */
const MIN_CALLS_PER_TICK = 5;

/** Weight of the latest tick in the running time per call (smooths the log-normal tail). */
const SMOOTHING = 0.3;

/**
 * Share of a tick the event loop may be busy before the worker counts as saturated. Above it,
 * jobs queue for the CPU (and then for database connections) rather than for the LLM: more slots
 * would only lengthen every job, which the slot time per call would read as a reason for yet
 * more slots. Event-loop utilisation rather than delay: on a shared host the delay also rises
 * with other processes' load, the utilisation mostly with this process's own work.
 */
const SATURATED_UTILISATION = 0.85;

/** After a saturated tick: the new ceiling's share of the concurrency, and its rise per tick. */
const BACK_OFF = 0.75;
const PROBE_UP = 1.05;

/** How busy this process's event loop was since the last reading (0–1). */
export interface LoadProbe {
  utilisation(): number;
}

/** The event loop's utilisation between two calls (perf_hooks). */
export class EventLoopLoad implements LoadProbe {
  private last: EventLoopUtilization = performance.eventLoopUtilization();

  utilisation(): number {
    const now = performance.eventLoopUtilization();
    const delta = performance.eventLoopUtilization(now, this.last);
    this.last = now;
    return delta.utilization;
  }
}

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
 * The law assumes the worker itself keeps up. When its event loop is saturated (CPU-bound, a
 * small host or a rate too large for one process), the concurrency backs off to a ceiling that
 * then rises slowly while the loop has room; growth is at most a doubling per tick, so one
 * slow tick cannot fling it to the maximum.
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
  /** Set once the worker saturated: the most slots it may run until it proves it has room. */
  private ceiling?: number;
  private load: LoadProbe = new EventLoopLoad();

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
  attach(worker: ResizableWorker, load?: LoadProbe): void {
    this.workers.push(worker);
    worker.concurrency = this.current;
    if (load) this.load = load;
    if (this.timer) return;
    this.load.utilisation();
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
    const utilisation = this.load.utilisation();
    const { allowedCallsPerSecond } = this.llm.pacing();
    const calls = reading.calls - last.calls;
    // Too few calls (a narrow worker's first seconds): keep measuring from the same start.
    if (calls >= MIN_CALLS_PER_TICK) {
      this.last = reading;
      const busyMs = reading.busyArea - last.busyArea - (reading.waitedMs - last.waitedMs);
      const observed = Math.max(0, busyMs) / 1000 / calls;
      this.slotSecondsPerCall =
        this.slotSecondsPerCall === undefined
          ? observed
          : this.slotSecondsPerCall + SMOOTHING * (observed - this.slotSecondsPerCall);
    }
    if (!allowedCallsPerSecond || this.slotSecondsPerCall === undefined) return this.current;
    const min = this.queue.WORKER_CONCURRENCY;
    const little = littleTarget({
      allowedCallsPerSecond,
      slotSecondsPerCall: this.slotSecondsPerCall,
      headroom: this.config.PIPELINE_CONCURRENCY_HEADROOM,
      min,
      max: this.config.PIPELINE_MAX_CONCURRENCY,
    });
    const saturated = utilisation > SATURATED_UTILISATION;
    if (saturated) this.ceiling = Math.max(min, Math.floor(this.current * BACK_OFF));
    else if (this.ceiling !== undefined) this.ceiling = Math.ceil(this.ceiling * PROBE_UP);
    const target = Math.max(
      min,
      Math.min(little, this.current * 2, this.ceiling ?? Number.POSITIVE_INFINITY),
    );
    if (target !== this.current) {
      this.logger.log(
        {
          concurrency: target,
          previous: this.current,
          little,
          eventLoopUtilisation: Math.round(utilisation * 100) / 100,
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
