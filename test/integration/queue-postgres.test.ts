import { randomBytes } from 'node:crypto';
import { DelayedError, Job, Queue, type QueueOptions, Worker } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/core/errors/app-error.js';
import { Coordination } from '../../src/core/coordination/coordination.port.js';
import { PostgresCoordination } from '../../src/core/coordination/postgres-coordination.service.js';
import {
  rethrowForQueue,
  setBackoffScale,
  workerSettings,
} from '../../src/core/queue/job-failure.js';
import { JobQueueService } from '../../src/core/queue/job-queue.service.js';
import { StageQueue } from '../../src/modules/task-lifecycle/stage-queue.service.js';
import { bullRootOptions } from '../../src/core/queue/queue-backend.js';
import { JobName } from '../../src/core/queue/queue.constants.js';
import { BACKOFF_STRATEGY, RETRY_POLICY } from '../../src/core/queue/retry-policy.js';
import { RedisService } from '../../src/core/redis/redis.service.js';
import { eventually, http } from '../support/http.js';
import { expectLeaseBehaviour } from '../support/lease-cases.js';
import { PipelineRig } from '../support/pipeline-rig.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * REDIS_URL unset: BullMQ runs on its PostgreSQL backend in the run's database, and locks and
 * heartbeats live in Postgres. First the whole product through the real processors, then each
 * BullMQ feature the service relies on, with the service's own job options and worker settings.
 */
describe('no-Redis mode: queues, locks and heartbeats on PostgreSQL', () => {
  const rig = new PipelineRig();
  let opts: QueueOptions;
  const closers: (() => Promise<unknown>)[] = [];

  beforeAll(async () => {
    await rig.start({
      REDIS_URL: undefined as unknown as string,
      QUEUE_PREFIX: `tpg${randomBytes(4).toString('hex')}`,
    });
    opts = bullRootOptions(rig.t.config);
  });
  afterAll(async () => {
    for (const close of closers.reverse()) await close().catch(() => undefined);
    await rig.stop();
  });

  function queueAndWorker(
    name: string,
    processor: (job: Job, token?: string) => Promise<unknown>,
    concurrency = 1,
  ) {
    const queue = new Queue(name, opts);
    const worker = new Worker(name, processor, { ...opts, concurrency, settings: workerSettings });
    closers.push(
      () => queue.close(),
      () => worker.close(),
    );
    return { queue, worker };
  }

  const jobOpts = {
    removeOnComplete: true,
    removeOnFail: true,
    backoff: { type: BACKOFF_STRATEGY },
  };

  it('wires the app to PostgreSQL only: no Redis client, health says so', async () => {
    expect(rig.t.config.REDIS_URL).toBeUndefined();
    expect(rig.t.app.get(Coordination)).toBeInstanceOf(PostgresCoordination);
    expect(() => rig.t.app.get(RedisService)).toThrow();
    const health = await http('GET', `${rig.t.url}/api/health`);
    expect(health.status).toBe(200);
    expect(health.body.services).toMatchObject({
      database: 'connected',
      redis: 'not_used',
      queue: 'postgres',
    });
  });

  it('processes an email end to end (push → sync → classify → generate → draft)', async () => {
    const mb = await rig.mailbox();
    const msg = await rig.receive(mb.emailAddress, {
      from: 'Dana Customer <dana@customer.example>',
      subject: 'Order 1234: invoice and delivery date?',
      text: 'Hello,\n\nCould you please send me the invoice for order 1234? Also, when will it ship?\n\nDana',
    });
    const row = await rig.settled(msg.id);
    expect(row).toMatchObject({
      status: 'completed',
      stage: 'draft_created',
      category: 'needs_reply',
    });
    expect(rig.gmail.drafts(mb.emailAddress)).toHaveLength(1);
  });

  it('deduplicates by job id while the job is live, and accepts it again once removed', async () => {
    const jobs = rig.t.app.get(StageQueue);
    const taskId = `dedup-${randomBytes(4).toString('hex')}`;
    await jobs.enqueue(JobName.Classify, { taskId, correlationId: 'c1' }, { delayMs: 60_000 });
    await jobs.enqueue(JobName.Classify, { taskId, correlationId: 'c2' }, { delayMs: 60_000 });
    const queue = rig.t.app.get(JobQueueService).queues()[
      StageQueue.queueFor(JobName.Classify, false)
    ];
    const job = await queue.getJob(StageQueue.jobId(JobName.Classify, taskId));
    expect(job?.data.correlationId).toBe('c1');
    expect(await job!.getState()).toBe('delayed');
    expect(await jobs.hasLiveJob(JobName.Classify, taskId)).toBe(true);
    expect((await queue.getJobCounts('delayed')).delayed).toBeGreaterThanOrEqual(1);
    await job!.remove();
    expect(await jobs.hasLiveJob(JobName.Classify, taskId)).toBe(false);
  });

  it('retries transient failures with the policy backoff, then completes and removes the job', async () => {
    setBackoffScale(0.001);
    const runs: number[] = [];
    const { queue, worker } = queueAndWorker('pg-retry', async (job) => {
      runs.push(Date.now());
      if (job.attemptsMade < 2)
        rethrowForQueue(new AppError('GMAIL_UNAVAILABLE', 'blip', { retryable: true }));
      return 'ok';
    });
    const done = new Promise<Job>((res) => worker.on('completed', (job) => res(job)));
    await queue.add(
      JobName.Classify,
      {},
      { ...jobOpts, jobId: 'retry-1', attempts: RETRY_POLICY[JobName.Classify].attempts },
    );
    const job = await done;
    // Two failed attempts plus the one that completed (BullMQ counts it, on Redis too).
    expect(job.attemptsMade).toBe(3);
    expect(runs).toHaveLength(3);
    // Policy: 60 s base, doubled, jittered into [50 %, 100 %], scaled by 0.001 → ≥ 30 ms, ≥ 60 ms.
    expect(runs[1]! - runs[0]!).toBeGreaterThanOrEqual(25);
    expect(runs[2]! - runs[1]!).toBeGreaterThanOrEqual(55);
    await eventually(async () => (await queue.getJob('retry-1')) === undefined, 5_000);
  });

  it('fails at once on a non-retryable error (UnrecoverableError), whatever attempts are left', async () => {
    let runs = 0;
    const { queue, worker } = queueAndWorker('pg-fatal', async () => {
      runs++;
      rethrowForQueue(new AppError('VALIDATION_FAILED', 'bad input', { retryable: false }));
    });
    const failed = new Promise<{ job?: Job; error: Error }>((res) =>
      worker.on('failed', (job, error) => res({ job, error })),
    );
    await queue.add(JobName.Draft, {}, { ...jobOpts, jobId: 'fatal-1', attempts: 5 });
    const { job, error } = await failed;
    expect(error.name).toBe('UnrecoverableError');
    expect(job?.attemptsMade).toBe(1);
    expect(runs).toBe(1);
    await eventually(async () => (await queue.getJob('fatal-1')) === undefined, 5_000);
  });

  it('moves a running job back to delayed (moveToDelayed + DelayedError) without spending an attempt', async () => {
    const seen: number[] = [];
    const { queue, worker } = queueAndWorker('pg-delay', async (job, token) => {
      seen.push(job.attemptsMade);
      if (seen.length === 1) {
        await job.moveToDelayed(Date.now() + 300, token);
        throw new DelayedError();
      }
      return 'ok';
    });
    const done = new Promise<Job>((res) => worker.on('completed', (job) => res(job)));
    const started = Date.now();
    await queue.add(JobName.SyncMailbox, {}, { ...jobOpts, jobId: 'delay-1', attempts: 2 });
    const job = await done;
    // The delayed run spent no attempt: only the completing one counts (same as on Redis).
    expect(seen).toEqual([0, 0]);
    expect(job.attemptsMade).toBe(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
  });

  it('runs up to `concurrency` jobs of one worker at the same time', async () => {
    let active = 0;
    let peak = 0;
    const { queue, worker } = queueAndWorker(
      'pg-concurrency',
      async () => {
        active++;
        peak = Math.max(peak, active);
        await sleep(300);
        active--;
      },
      4,
    );
    let completed = 0;
    worker.on('completed', () => completed++);
    await Promise.all(
      Array.from({ length: 8 }, (_, i) => queue.add('work', {}, { ...jobOpts, jobId: `c-${i}` })),
    );
    await eventually(async () => completed === 8, 10_000);
    expect(peak).toBe(4);
  });

  it('rejects an enqueue when the database is unreachable (the webhook answers 503)', async () => {
    const dead = bullRootOptions({
      ...rig.t.config,
      DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none',
    });
    const queue = new Queue('pg-down', dead);
    const errors: Error[] = [];
    queue.on('error', (e) => errors.push(e));
    closers.push(() => queue.close());
    await expect(queue.add('x', {}, { jobId: 'x' })).rejects.toThrow(/ECONNREFUSED|connect/);
  });

  it('holds locks exclusively until released or expired, in Postgres', async () => {
    const store = rig.t.app.get(Coordination);
    const name = `test-${randomBytes(4).toString('hex')}`;
    const release = await store.tryLock(name, 60_000);
    expect(release).toBeTruthy();
    expect(await store.tryLock(name, 60_000)).toBeNull();
    await release!();
    const again = await store.tryLock(name, 200);
    expect(again).toBeTruthy();
    expect(await store.tryLock(name, 200)).toBeNull();
    await sleep(250);
    const afterExpiry = await store.tryLock(name, 200);
    expect(afterExpiry).toBeTruthy();
    // The expired holder's release must not free the new holder's lock.
    await again!();
    expect(await store.tryLock(name, 200)).toBeNull();
  });

  it('keeps a lease while its holder lives and gives it up once taken, in Postgres', async () => {
    const store = rig.t.app.get(Coordination);
    await expectLeaseBehaviour(store, `test-${randomBytes(4).toString('hex')}`, async (name) => {
      await rig.db().query(
        `UPDATE coordination_leases SET holder = 'thief', expires_at = clock_timestamp() + interval '1 minute'
            WHERE name = $1`,
        [`${rig.t.config.QUEUE_PREFIX}:lock:${name}`],
      );
    });
  });

  it('counts live workers from heartbeats in Postgres', async () => {
    const store = rig.t.app.get(Coordination);
    const before = await store.countLive(30_000);
    await store.beat('test-worker-a', 30_000);
    await store.beat('test-worker-b', 30_000);
    expect(await store.countLive(30_000)).toBe(before + 2);
    await store.leave('test-worker-a');
    expect(await store.countLive(30_000)).toBe(before + 1);
    await store.leave('test-worker-b');
  });

  it('keeps a marker for good in Postgres: set once, never expiring, not counted as a worker', async () => {
    const store = rig.t.app.get(Coordination);
    const name = `test-${randomBytes(4).toString('hex')}`;
    const live = await store.countLive(30_000);
    expect(await store.setMarker(name)).toBe(true);
    expect(await store.setMarker(name)).toBe(false);
    // countLive sweeps leases that expired a minute ago; a marker never expires.
    const [row] = await rig
      .db()
      .query(
        "SELECT expires_at = 'infinity' AS forever FROM coordination_leases WHERE name LIKE $1",
        [`%:marker:${name}`],
      );
    expect(row.forever).toBe(true);
    expect(await store.countLive(30_000)).toBe(live);
    expect(await store.setMarker(name)).toBe(false);
  });
});
