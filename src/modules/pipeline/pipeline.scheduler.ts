import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import type { Gauge } from 'prom-client';
import { ScheduleConfig } from '../../core/config/schedule.config.js';
import { Metric } from '../../core/metrics/metric-names.js';
import { JobQueueService } from '../../core/queue/job-queue.service.js';
import {
  recoverIfStoreLost,
  scheduleExclusive,
  scheduleStoreLossCheck,
} from '../../core/queue/scheduled-task.js';
import { WorkerRegistry } from '../../core/queue/worker-registry.service.js';
import { Coordination } from '../../core/coordination/coordination.port.js';
import { FailedTaskRepository } from '../persistence/repositories/failed-task.repository.js';
import { MailboxRepository } from '../persistence/repositories/mailbox.repository.js';
import { MailboxScheduleRepository } from '../persistence/repositories/mailbox-schedule.repository.js';
import { DeadLetterService } from '../task-lifecycle/dead-letter.service.js';
import { ReconcilerService } from '../task-lifecycle/reconciler.service.js';
import { BatchClassifyService } from './batch-classify.service.js';
import { ClassificationCacheService } from './classification-cache.service.js';

/**
 * Worker-role timers: heartbeat (always), and when SCHEDULERS_ENABLED the reconciler (every
 * RECONCILE_INTERVAL_SECONDS, a minute by default; every few seconds, whether the queue store
 * lost its data, which calls for it at once on the tasks no worker is running), dead-letter retries (hourly), the shared
 * classification cache's purge of expired rows (hourly), the OpenAI Batch API's submit-and-poll
 * round (every OPENAI_BATCH_POLL_SECONDS, when enabled) and the gauge sampler (every 15 s).
 */
@Injectable()
export class PipelineScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    private readonly config: ScheduleConfig,
    private readonly registry: SchedulerRegistry,
    private readonly locks: Coordination,
    private readonly workers: WorkerRegistry,
    private readonly reconciler: ReconcilerService,
    private readonly deadLetters: DeadLetterService,
    private readonly jobs: JobQueueService,
    private readonly failed: FailedTaskRepository,
    private readonly mailboxes: MailboxRepository,
    private readonly schedule: MailboxScheduleRepository,
    private readonly classificationCache: ClassificationCacheService,
    private readonly batchClassify: BatchClassifyService,
    @InjectMetric(Metric.QueueLength) private readonly queueLength: Gauge<string>,
    @InjectMetric(Metric.WorkersUp) private readonly workersUp: Gauge<string>,
    @InjectMetric(Metric.FailedTasksUnresolved) private readonly unresolved: Gauge<string>,
    @InjectMetric(Metric.MailboxesNeedingReauth) private readonly needsReauth: Gauge<string>,
    @InjectMetric(Metric.GmailWatchExpiry) private readonly watchExpiry: Gauge<string>,
  ) {}

  onApplicationBootstrap(): void {
    void this.workers.beat().catch(() => undefined);
    this.registry.addInterval(
      'heartbeat',
      setInterval(() => void this.workers.beat().catch(() => undefined), 10_000),
    );
    if (!this.config.SCHEDULERS_ENABLED) return;
    scheduleExclusive(
      this.registry,
      this.locks,
      'reconciler',
      this.config.RECONCILE_INTERVAL_SECONDS * 1000,
      () => this.reconciler.reconcile(this.config.RECONCILE_IDLE_SECONDS * 1000),
    );
    scheduleStoreLossCheck(this.registry, 'stage-jobs', () => this.recoverIfStoreLost());
    scheduleExclusive(this.registry, this.locks, 'dead-letter-retry', 60 * 60_000, () =>
      this.deadLetters.retryDue(),
    );
    scheduleExclusive(this.registry, this.locks, 'classification-cache-purge', 60 * 60_000, () =>
      this.classificationCache.purgeExpired(),
    );
    if (this.batchClassify.enabled)
      scheduleExclusive(this.registry, this.locks, 'llm-batch', this.batchClassify.pollMs, () =>
        this.batchClassify.tick(),
      );
    this.registry.addInterval(
      'gauges',
      setInterval(() => void this.sampleGauges().catch(() => undefined), 15_000),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await this.workers.leave().catch(() => undefined);
  }

  /**
   * Re-enqueues the tasks no worker is running at once if the queue store lost its data since
   * the last check (true then); with SCHEDULERS_ENABLED it runs every few seconds.
   */
  recoverIfStoreLost(): Promise<boolean> {
    return recoverIfStoreLost(this.locks, 'stage-jobs', () => this.reconciler.recoverLostJobs());
  }

  /** Gauges read from Redis and Postgres; sampled rather than computed per scrape. */
  async sampleGauges(): Promise<void> {
    for (const [name, queue] of Object.entries(this.jobs.queues())) {
      const counts = await queue.getJobCounts('waiting', 'delayed', 'prioritized');
      this.queueLength.set(
        { queue: name },
        (counts.waiting ?? 0) + (counts.delayed ?? 0) + (counts.prioritized ?? 0),
      );
    }
    this.workersUp.set(await this.workers.countLive());
    this.unresolved.set(await this.failed.countUnresolved());
    this.needsReauth.set(await this.mailboxes.countByStatus('needs_reauth'));
    // One aggregate, not the fleet's rows: this runs every few seconds on every worker.
    const earliest = await this.schedule.earliestWatchExpiry();
    if (earliest) this.watchExpiry.set(earliest.getTime() / 1000);
  }
}
