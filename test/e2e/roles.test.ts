import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobQueueService } from '../../src/core/queue/job-queue.service.js';
import { JobName, QueueName } from '../../src/core/queue/queue.constants.js';
import { DefaultQueueProcessor } from '../../src/modules/pipeline/stage.processor.js';
import { SyncProcessor } from '../../src/modules/ingestion/sync.processor.js';
import { startApp, TestApp } from '../support/app-harness.js';
import { eventually, http } from '../support/http.js';
import { hasRedis } from '../support/services.js';

describe('roles', () => {
  let api: TestApp;
  let worker: TestApp;

  beforeAll(async () => {
    api = await startApp({ APP_ROLE: 'api' });
    // Same Redis prefix: the worker would consume the api's jobs if both ran processors.
    worker = await startApp({ APP_ROLE: 'worker', QUEUE_PREFIX: api.config.QUEUE_PREFIX });
  });
  afterAll(async () => {
    await api?.close();
    await worker?.close();
  });

  it('api role registers no processors and consumes no jobs', async () => {
    expect(() => api.app.get(DefaultQueueProcessor, { strict: false })).toThrow();
    expect(() => api.app.get(SyncProcessor, { strict: false })).toThrow();
    await worker.close();
    const queue = api.app.get(JobQueueService).queues()[QueueName.Default];
    await queue.add(
      JobName.Classify,
      { taskId: '00000000-0000-0000-0000-000000000000', correlationId: 'x' },
      { jobId: 'role-probe' },
    );
    await new Promise((r) => setTimeout(r, 1500));
    expect(await queue.getJobState('role-probe')).toBe('waiting');
    await queue.remove('role-probe');
    worker = await startApp({ APP_ROLE: 'worker', QUEUE_PREFIX: api.config.QUEUE_PREFIX });
  });

  it('worker role runs processors but serves no API routes, only health and metrics', async () => {
    expect(worker.app.get(DefaultQueueProcessor, { strict: false })).toBeDefined();
    expect((await http('POST', `${worker.url}/api/webhook/gmail`, { body: {} })).status).toBe(404);
    expect((await http('GET', `${worker.url}/api/v1/emails`)).status).toBe(404);
    expect((await http('GET', `${worker.url}/api/docs-json`)).status).toBe(404);
    expect((await http('GET', `${worker.url}/api/health/live`)).status).toBe(200);
    expect((await http('GET', `${worker.url}/api/health/ready`)).status).toBe(200);
    const metrics = await http('GET', `${worker.url}/api/metrics`);
    expect(metrics.status).toBe(200);
    expect(metrics.text).toContain('process_cpu_user_seconds_total');
  });

  it('api health counts the live workers from their heartbeats', async () => {
    const res = await eventually(async () => {
      const r = await http('GET', `${api.url}/api/health`);
      return r.body?.services?.workers >= 1 ? r : null;
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'healthy',
      services: { database: 'connected', redis: hasRedis() ? 'connected' : 'not_used' },
    });
    expect(typeof res.body.timestamp).toBe('string');
  });
});
