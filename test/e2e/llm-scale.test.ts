import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedPoolOf } from '../../src/core/database/shared-pool.js';
import type { FakeLlmAnswer, FakeLlmRequest } from '../fakes/llm-fake.server.js';
import { OpenAiFake } from '../fakes/openai.fake.js';
import { eventually, http } from '../support/http.js';
import { PipelineRig } from '../support/pipeline-rig.js';

const NEEDS_REPLY = '{"category":"needs_reply","confidence":0.95,"reasoning":"asks a question"}';
const REPLY = 'Hello,\n\nthank you, your order ships on Thursday.\n\nBest regards';
const answer =
  (delayMs: number) =>
  (r: FakeLlmRequest): FakeLlmAnswer => ({
    text: r.jsonRequested ? NEEDS_REPLY : REPLY,
    delayMs,
  });
const question = (i: number) => ({
  from: `Customer ${i} <customer${i}@client.example>`,
  subject: `Order ${i}: when does it ship?`,
  text: `Hello, could you tell me when order ${i} ships? Thanks`,
});

/**
 * One worker against a large LLM account: slow LLM calls, many of them in flight at once (the
 * worker's concurrency grown from the configured limits, not WORKER_CONCURRENCY), and what an
 * in-flight call holds; a vendor 429's Retry-After honoured.
 */
describe('LLM at scale (OpenAI fake, real SDK)', () => {
  const rig = new PipelineRig();
  const openai = new OpenAiFake();

  beforeAll(async () => {
    await openai.start();
    await rig.start({
      LLM_PROVIDER: 'openai',
      LLM_FALLBACK_PROVIDER: 'none',
      OPENAI_API_KEY: openai.apiKey,
      OPENAI_BASE_URL: openai.baseURL,
      LLM_SDK_MAX_RETRIES: '1',
      // 6,000 RPM with 2.5-s calls: Little's law wants far more than WORKER_CONCURRENCY's 8 slots.
      LLM_RATE_LIMIT_RPM: '6000',
      WORKER_CONCURRENCY: '8',
      PIPELINE_MAX_CONCURRENCY: '120',
      DATABASE_POOL_SIZE: '10',
    });
  });
  afterAll(async () => {
    await rig.stop();
    await openai.stop();
  });

  it('keeps many LLM calls in flight without holding database connections', async () => {
    openai.reset();
    openai.respondWith(answer(2_500));
    const mailboxes = await Promise.all(Array.from({ length: 8 }, () => rig.mailbox('scale')));
    const pool = sharedPoolOf(rig.db());
    const samples: { inFlight: number; poolInUse: number; inTransaction: number }[] = [];
    let sampling = true;
    // From the end of the intake on: the webhook's and the syncs' statements are not the point.
    let intakeDone = false;
    const sampler = (async () => {
      while (sampling) {
        if (!intakeDone) {
          await new Promise((r) => setTimeout(r, 50));
          continue;
        }
        const [{ n }] = await rig
          .db()
          .query<{ n: number }[]>(
            "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'",
          );
        // Read after the query answered: its own connection is back in the pool.
        samples.push({
          inFlight: openai.inFlight,
          poolInUse: pool.totalCount - pool.idleCount,
          inTransaction: n,
        });
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    const sent = await Promise.all(
      Array.from({ length: 120 }, (_, i) =>
        rig.receive(mailboxes[i % mailboxes.length].emailAddress, question(i)),
      ),
    );
    await eventually(
      async () =>
        (
          await rig.db().query<{ n: number }[]>(
            `SELECT count(*)::int AS n FROM processing_tasks t JOIN emails e ON e.id = t.email_id
            WHERE e.message_id = ANY($1)`,
            [sent.map((m) => m.id)],
          )
        )[0].n === sent.length,
      20_000,
    );
    intakeDone = true;
    await eventually(async () => samples.filter((s) => s.inFlight >= 40).length >= 10, 20_000);
    sampling = false;
    await sampler;
    const busy = samples.filter((s) => s.inFlight >= 40);
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];
    // Were a connection held across the call, a pool of 10 would cap the calls in flight at 10.
    expect(Math.max(...samples.map((s) => s.inFlight))).toBeGreaterThanOrEqual(40);
    expect(pool.totalCount).toBeLessThanOrEqual(10);
    // Typically none or a few in use (a burst of claims or results takes more for a moment),
    // and no transaction left open across an await of the LLM.
    expect(median(busy.map((s) => s.poolInUse))).toBeLessThanOrEqual(3);
    expect(median(busy.map((s) => s.inTransaction))).toBe(0);
    // Operators see the size the worker chose: grown from WORKER_CONCURRENCY, within the cap.
    const scrape = await http('GET', `${rig.t.url}/api/metrics`);
    const size = Number(/^pipeline_stage_concurrency (\d+)$/m.exec(scrape.text)?.[1]);
    expect(size).toBeGreaterThan(8);
    expect(size).toBeLessThanOrEqual(120);
    for (const msg of sent) expect((await rig.settled(msg.id, 60_000)).status).toBe('completed');
    expect(openai.requests.filter((r) => r.status === 429)).toHaveLength(0);
  }, 90_000);

  it("waits out a vendor 429's Retry-After before the next call, and completes", async () => {
    openai.reset();
    openai.respondWith(answer(0));
    // Two refusals: the SDK's own retry waits out the first; the second reaches the service,
    // which holds this process's next call for its Retry-After (the job's retry comes at once
    // here: the tests shrink every backoff, never the Retry-After wait).
    const refused = {
      status: 429,
      retryAfterMs: 1_200,
      rateLimit: { requests: { limit: 6000, remaining: 0, resetMs: 1_200 } },
    };
    openai.failNext({ ...refused, times: 2 });
    const mb = await rig.mailbox('ratelimited');
    const msg = await rig.receive(mb.emailAddress, question(9001));
    expect((await rig.settled(msg.id, 20_000)).status).toBe('completed');
    const ours = openai.requests.filter((r) => r.userText.includes('order 9001'));
    const [first, sdkRetry, jobRetry] = ours;
    expect([first.status, sdkRetry.status, jobRetry.status]).toEqual([429, 429, 200]);
    expect(sdkRetry.receivedAt - first.receivedAt).toBeGreaterThanOrEqual(1_150);
    // Retry-After: 1.2 s, rounded up to whole seconds by the service.
    expect(jobRetry.receivedAt - sdkRetry.receivedAt).toBeGreaterThanOrEqual(1_950);
    // Classify, then the reply: no further refusals, no storm.
    expect(ours).toHaveLength(4);
  }, 30_000);
});
