import { getToken } from '@willsoto/nestjs-prometheus';
import type { Counter, Histogram } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Metric } from '../../src/core/metrics/metric-names.js';
import { OpenAiFake } from '../fakes/openai.fake.js';
import { eventually } from '../support/http.js';
import { PipelineRig } from '../support/pipeline-rig.js';
import { hasRedis } from '../support/services.js';
import { TcpProxy } from '../support/tcp-proxy.js';
import {
  DatabaseProbe,
  UNREACHABLE_ANSWER_MS,
} from '../../src/modules/persistence/database/database-probe.service.js';

const NEEDS_REPLY = '{"category":"needs_reply","confidence":0.93,"reasoning":"asks a question"}';
const REPLY = 'Hello Dana,\n\nIt ships on Monday.\n\nBest regards';

/**
 * The worker through a Postgres outage: the app in role `all` reaches Postgres through a TCP
 * proxy that the test cuts (every connection dropped, new ones refused) and restores; Redis
 * stays up. Tests shrink the retry policy's backoff a thousandfold (test/support/env.ts), so
 * under that policy a few seconds' outage would spend a job's every attempt; the outage's own
 * wait is not shrunk.
 */
// Without Redis the queues live in the Postgres that the test cuts: nothing to wait in.
describe.skipIf(!hasRedis())('a Postgres outage in the middle of the pipeline', () => {
  const rig = new PipelineRig();
  const openai = new OpenAiFake();
  const proxy = new TcpProxy(Number(new URL(process.env.TEST_DATABASE_URL!).port || 5432));

  beforeAll(async () => {
    await Promise.all([openai.start(), proxy.start()]);
    const db = new URL(process.env.TEST_DATABASE_URL!);
    db.hostname = '127.0.0.1';
    db.port = String(proxy.port);
    await rig.start({
      DATABASE_URL: db.toString(),
      LLM_PROVIDER: 'openai',
      LLM_FALLBACK_PROVIDER: 'none',
      OPENAI_API_KEY: openai.apiKey,
      OPENAI_BASE_URL: openai.baseURL,
      LLM_SDK_MAX_RETRIES: '0',
    });
  });
  afterAll(async () => {
    await rig.stop();
    await Promise.all([openai.stop(), proxy.stop()]);
  });

  /** A counter's value, or a histogram's observation count, summed over matching series. */
  const metricCount = async (name: string, labels: Record<string, string>) => {
    const metric = rig.t.app.get<Counter<string> | Histogram<string>>(getToken(name));
    const values = (await metric.get()).values as {
      value: number;
      labels: Record<string, string | number>;
      metricName?: string;
    }[];
    return values
      .filter((v) => !v.metricName || v.metricName.endsWith('_count'))
      .filter((v) => Object.entries(labels).every(([k, want]) => v.labels[k] === want))
      .reduce((sum, v) => sum + v.value, 0);
  };

  it('drafts the email once the database is back, spending no attempt and writing no dead letter', async () => {
    const mb = await rig.mailbox();
    const infraRetries = () =>
      metricCount(Metric.TaskRetries, { stage: 'classify', reason: 'INFRASTRUCTURE' });
    const retriesBefore = await infraRetries();
    // The classification answers slowly: the database goes away while the call is in flight.
    openai.reply({ text: NEEDS_REPLY, delayMs: 1_500 }, NEEDS_REPLY, REPLY);
    const msg = await rig.receive(mb.emailAddress, {
      from: 'Dana Customer <dana@customer.example>',
      subject: 'When will my order ship?',
      text: 'Hello,\n\nCould you tell me when my order ships?\n\nThanks,\nDana',
    });
    await eventually(async () => openai.inFlight > 0 || null, 10_000, 20);
    const lost = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    const probe = rig.t.app.get(DatabaseProbe);
    expect(await probe.isOutage(lost)).toBe(false);
    proxy.cut();
    await new Promise((r) => setTimeout(r, UNREACHABLE_ANSWER_MS + 100)); // past any earlier answer
    expect(await probe.isOutage(lost)).toBe(true);
    // Long enough for the policy's five classify attempts many times over.
    await new Promise((r) => setTimeout(r, 3_000));
    proxy.restore();

    const row = await rig.settled(msg.id, 30_000);
    expect(row).toMatchObject({ status: 'completed', category: 'needs_reply' });
    expect(row.draft_id).toEqual(expect.any(String));
    expect(rig.gmail.drafts(mb.emailAddress)).toHaveLength(1);
    expect(await rig.failedTasks(row.task_id)).toEqual([]);
    // The answer that came back during the outage could not be stored: one classification
    // again after it, then the reply; no LLM call for each failed try.
    const calls = openai.requests.map((r) => (r.jsonRequested ? 'classify' : 'reply'));
    expect(calls).toEqual(['classify', 'classify', 'reply']);
    // The failures during the outage waited for it instead of spending the job's attempts.
    expect(await infraRetries()).toBe(retriesBefore);
    expect(
      await metricCount(Metric.TaskDuration, { stage: 'classify', status: 'outage' }),
    ).toBeGreaterThan(0);
  });

  it('syncs the mailbox once the database is back when the outage hit its sync', async () => {
    const mb = await rig.mailbox();
    // history.list answers slowly: the database goes away while the sync waits for it.
    rig.gmail.failNext('GET /gmail/v1/users/me/history', { status: 200, delayMs: 1_500 });
    openai.reply(NEEDS_REPLY, REPLY);
    const msg = await rig.receive(mb.emailAddress, {
      from: 'Dana Customer <dana@customer.example>',
      subject: 'Is the shop open on Sunday?',
      text: 'Hello,\n\nAre you open on Sunday?\n\nThanks,\nDana',
    });
    const historyInFlight = () =>
      rig.gmail.requests.some((r) => r.path.endsWith('/history') && r.status === undefined);
    await eventually(async () => historyInFlight() || null, 10_000, 20);
    proxy.cut();
    // Long enough for the policy's eight sync attempts many times over.
    await new Promise((r) => setTimeout(r, 4_000));
    proxy.restore();

    const row = await rig.settled(msg.id, 30_000);
    expect(row).toMatchObject({ status: 'completed', category: 'needs_reply' });
    expect(rig.gmail.drafts(mb.emailAddress)).toHaveLength(1);
  });
});
