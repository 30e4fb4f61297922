import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import type { Counter, Gauge } from 'prom-client';
import { DataSource } from 'typeorm';
import { sharedPoolOf } from '../../core/database/shared-pool.js';
import { Metric } from '../../core/metrics/metric-names.js';
import { QueueConfig } from '../../core/queue/queue.config.js';
import { LlmService } from '../llm/llm.service.js';
import { PipelineConfig } from './pipeline.config.js';

/** How often the concurrency is re-sized. */
const TICK_MS = 2_000;

/** Fewer calls than this say too little about their latency to act on. */
const MIN_CALLS = 5;

/** Weight of the latest measurement in the running latency (smooths the long tail). */
const SMOOTHING = 0.3;

/**
 * CPU (in cores, all of the process's threads) above which the worker counts as saturated: its
 * main thread is nearly always busy, so jobs queue for it rather than for the LLM, and more
 * slots would only lengthen every job. The process's own CPU time rather than event-loop delay
 * or utilisation: on a shared host both of those also rise when other processes take the CPU.
 */
const SATURATED_CORES = 0.9;

/**
 * Jobs waiting for a database connection, on average over a tick, per connection of the pool,
 * above which the database is what the worker waits on: each statement then queues behind more
 * than a whole pool's worth of others, and more slots only lengthen that queue.
 */
const SATURATED_POOL_WAITERS_PER_CONNECTION = 1;

/**
 * The worker counts as saturated when SATURATED_TICKS of its last SATURATION_WINDOW ticks were
 * over a threshold. One busy tick is usually a burst that passes by itself (the jobs a resize
 * started all claiming at once, a collection), and backing off on it costs a quarter of the
 * slots for the many ticks the probe takes to climb back; a worker that is really saturated
 * stays so, or keeps coming back to it, which two of three ticks also catch.
 */
const SATURATED_TICKS = 2;
const SATURATION_WINDOW = 3;

/** How often the pool's queue is sampled between ticks. */
const POOL_SAMPLE_MS = 250;

/** On saturation: the new ceiling's share of the concurrency; its rise per quiet tick. */
const BACK_OFF = 0.75;
const PROBE_UP = 1.05;

/** What the worker process is short of, since the last reading. */
export interface LoadProbe {
  /** CPU this process used, in cores. */
  cores(): number;
  /** Jobs waiting for a database connection, on average, per connection of the pool. */
  poolWaitersPerConnection(): number;
  stop?(): void;
}

/** What ProcessLoad reads of a pg pool. */
export interface PoolQueue {
  readonly waitingCount: number;
  readonly options: { max?: number };
}

/** process.cpuUsage() per wall-clock time, and the pg pool's queue sampled every 250 ms. */
export class ProcessLoad implements LoadProbe {
  private last = { usage: process.cpuUsage(), at: process.hrtime.bigint() };
  private waiting = 0;
  private samples = 0;
  private readonly sampler?: NodeJS.Timeout;

  constructor(private readonly pool?: PoolQueue) {
    if (!pool) return;
    this.sampler = setInterval(() => {
      this.waiting += pool.waitingCount;
      this.samples++;
    }, POOL_SAMPLE_MS);
    this.sampler.unref();
  }

  cores(): number {
    const now = { usage: process.cpuUsage(), at: process.hrtime.bigint() };
    const usedMicros =
      now.usage.user - this.last.usage.user + now.usage.system - this.last.usage.system;
    const wallMicros = Number(now.at - this.last.at) / 1000;
    this.last = now;
    return wallMicros > 0 ? usedMicros / wallMicros : 0;
  }

  poolWaitersPerConnection(): number {
    const mean = this.samples ? this.waiting / this.samples : 0;
    this.waiting = 0;
    this.samples = 0;
    return mean / Math.max(1, this.pool?.options.max ?? 1);
  }

  stop(): void {
    if (this.sampler) clearInterval(this.sampler);
  }
}

/** Something whose concurrency can change at runtime: BullMQ's Worker. */
export interface ResizableWorker {
  concurrency: number;
}

export interface LittleInputs {
  /** Calls per second the account's limits allow. */
  allowedCallsPerSecond: number;
  /** Mean seconds a call takes, as measured. */
  latencySeconds: number;
  headroom: number;
  min: number;
  max: number;
}

/**
 * Little's law: the calls in flight equal their rate times the time each takes. To send
 * `allowedCallsPerSecond`, a worker needs that many slots, plus headroom.
 */
export function littleTarget(i: LittleInputs): number {
  const needed = Math.ceil(i.allowedCallsPerSecond * i.latencySeconds * i.headroom);
  return Math.min(i.max, Math.max(i.min, needed));
}

/**
 * Sizes the `default` queue's concurrency from the LLM account's limits and the measured call
 * latency, instead of a fixed WORKER_CONCURRENCY.
 *
 * Why: a stage job spends nearly all its time waiting for the LLM (seconds, with a long tail),
 * so a fixed handful of slots caps a worker at slots ÷ latency calls per second, far below a
 * large account's limits, while a fixed large number wastes memory on a small account and
 * breaks when the vendor's latency changes. Little's law gives the number that matches: slots =
 * allowed calls/s × mean call latency × PIPELINE_CONCURRENCY_HEADROOM. The latency is the
 * calls' own, measured as they return (not the job's whole time: that also grows when jobs
 * queue for the CPU or the database, and sizing on it would add slots exactly when they hurt);
 * the rest of a job (Gmail, Postgres) is short beside it and is what the headroom covers. The
 * mean, not the median: the tail holds slots too.
 *
 * When the worker itself saturates (its process busy for a whole core, or its jobs queueing for
 * database connections, in two of three ticks), the concurrency backs off to a ceiling that
 * then rises slowly while there is room; a single tick over a threshold only holds the size. Growth is at most a doubling per tick, so one slow tick cannot fling it to the
 * maximum.
 *
 * Bounds: WORKER_CONCURRENCY below (also the value when no LLM limit is configured: then there
 * is no rate to size for), PIPELINE_MAX_CONCURRENCY above. The pacing (LlmRateLimiter) still
 * decides when each call goes out, so headroom costs a short wait there, not 429s. Each worker
 * sizes for the whole account, so one worker can use it alone; with several, the surplus waits
 * in the shared pacing.
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
  private last?: { calls: number; callMs: number };
  private latencySeconds?: number;
  private current: number;
  /** Set once the worker saturated: the most slots it may run until it shows it has room. */
  private ceiling?: number;
  /** Whether each of the last SATURATION_WINDOW ticks (since the last back-off) was over. */
  private recent: boolean[] = [];
  private load?: LoadProbe;

  constructor(
    private readonly config: PipelineConfig,
    private readonly queue: QueueConfig,
    private readonly llm: LlmService,
    @InjectMetric(Metric.StageConcurrency) private readonly size: Gauge<string>,
    @InjectMetric(Metric.StageConcurrencyBackoffs) private readonly backOffs: Counter<string>,
    private readonly dataSource?: DataSource,
  ) {
    this.current = queue.WORKER_CONCURRENCY;
    size.set(this.current);
    // Zero samples from the start, so dashboards and increase() see the series.
    for (const reason of ['cpu', 'database']) backOffs.inc({ reason }, 0);
  }

  /** The concurrency the attached workers run at. */
  get concurrency(): number {
    return this.current;
  }

  /** A worker whose concurrency follows this controller from now on. */
  attach(worker: ResizableWorker, load?: LoadProbe): void {
    this.workers.push(worker);
    worker.concurrency = this.current;
    if (this.timer) return;
    this.load =
      load ?? new ProcessLoad(this.dataSource ? sharedPoolOf(this.dataSource) : undefined);
    this.load.cores();
    this.load.poolWaitersPerConnection();
    this.last = this.reading();
    this.timer = setInterval(() => this.tick(), TICK_MS);
    this.timer.unref();
  }

  /** Re-sizes from what happened since the last tick; returns the concurrency now in force. */
  tick(): number {
    const reading = this.reading();
    const last = this.last ?? reading;
    const cores = this.load?.cores() ?? 0;
    const poolWaiters = this.load?.poolWaitersPerConnection() ?? 0;
    const calls = reading.calls - last.calls;
    // Too few calls (a narrow worker's first seconds): keep measuring from the same start.
    if (calls >= MIN_CALLS) {
      this.last = reading;
      const observed = (reading.callMs - last.callMs) / 1000 / calls;
      this.latencySeconds =
        this.latencySeconds === undefined
          ? observed
          : this.latencySeconds + SMOOTHING * (observed - this.latencySeconds);
    }
    const { allowedCallsPerSecond } = this.llm.pacing();
    if (!allowedCallsPerSecond || this.latencySeconds === undefined) return this.current;
    const min = this.queue.WORKER_CONCURRENCY;
    const little = littleTarget({
      allowedCallsPerSecond,
      latencySeconds: this.latencySeconds,
      headroom: this.config.PIPELINE_CONCURRENCY_HEADROOM,
      min,
      max: this.config.PIPELINE_MAX_CONCURRENCY,
    });
    const cpuBound = cores > SATURATED_CORES;
    const over = cpuBound || poolWaiters > SATURATED_POOL_WAITERS_PER_CONNECTION;
    this.recent = [...this.recent, over].slice(-SATURATION_WINDOW);
    if (this.recent.filter(Boolean).length >= SATURATED_TICKS) {
      this.ceiling = Math.max(min, Math.floor(this.current * BACK_OFF));
      // Counted by what this tick was short of; not at the floor, where nothing is cut.
      if (this.ceiling < this.current) this.backOffs.inc({ reason: cpuBound ? 'cpu' : 'database' });
      // The next back-off needs a fresh window: this one takes a call's latency to show.
      this.recent = [];
    } else if (!over && this.ceiling !== undefined) {
      this.ceiling = Math.ceil(this.ceiling * PROBE_UP);
    }
    const target = Math.max(
      min,
      Math.min(
        little,
        over ? this.current : this.current * 2,
        this.ceiling ?? Number.POSITIVE_INFINITY,
      ),
    );
    if (target !== this.current) {
      this.logger.log(
        {
          concurrency: target,
          previous: this.current,
          little,
          cores: Math.round(cores * 100) / 100,
          poolWaitersPerConnection: Math.round(poolWaiters * 100) / 100,
          allowedCallsPerSecond: Math.round(allowedCallsPerSecond * 100) / 100,
          latencySeconds: Math.round(this.latencySeconds * 1000) / 1000,
        },
        'stage concurrency resized',
      );
      this.current = target;
      this.size.set(target);
      for (const worker of this.workers) worker.concurrency = target;
    }
    return this.current;
  }

  private reading(): { calls: number; callMs: number } {
    const pacing = this.llm.pacing();
    return { calls: pacing.completedCalls, callMs: pacing.callMs };
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.load?.stop?.();
  }
}
