import { getToken } from '@willsoto/nestjs-prometheus';
import type { Counter } from 'prom-client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Metric } from '../../src/core/metrics/metric-names.js';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { WatchService } from '../../src/modules/ingestion/watch.service.js';
import { DeadLetterService } from '../../src/modules/task-lifecycle/dead-letter.service.js';
import { PipelineScheduler } from '../../src/modules/pipeline/pipeline.scheduler.js';
import { AnthropicFake } from '../fakes/anthropic.fake.js';
import { OpenAiFake } from '../fakes/openai.fake.js';
import { eventually, http } from '../support/http.js';
import { PipelineRig } from '../support/pipeline-rig.js';

const QUESTION = {
  from: 'Sam Buyer <sam@buyer.example>',
  subject: 'Can we meet next week?',
  text: 'Hi! Could we schedule a call next Tuesday to discuss the contract renewal? Which time suits you?',
};
const NEEDS_REPLY = '{"category":"needs_reply","confidence":0.93,"reasoning":"asks for a meeting"}';

/** The pipeline with OpenAI as primary and Claude as fallback, both through their real SDKs. */
describe('pipeline with OpenAI and Anthropic (fake servers, real SDKs)', () => {
  const rig = new PipelineRig();
  const openai = new OpenAiFake();
  const claude = new AnthropicFake();

  beforeAll(async () => {
    await Promise.all([openai.start(), claude.start()]);
    await rig.start({
      LLM_PROVIDER: 'openai',
      OPENAI_API_KEY: openai.apiKey,
      OPENAI_BASE_URL: openai.baseURL,
      OPENAI_MODEL: 'gpt-4o-mini',
      ANTHROPIC_API_KEY: claude.apiKey,
      ANTHROPIC_BASE_URL: claude.baseURL,
      LLM_SDK_MAX_RETRIES: '0',
      LLM_BREAKER_COOLDOWN_MS: '60000',
      // The breakers live as long as the app: the earlier tests leave Claude 3 consecutive
      // failures (two 429s, one unreadable answer) that must not open its breaker.
      LLM_BREAKER_THRESHOLD: '4',
      GMAIL_PUBSUB_TOPIC: 'projects/test/topics/gmail',
    });
  });
  afterAll(async () => {
    await rig.stop();
    await Promise.all([openai.stop(), claude.stop()]);
  });
  beforeEach(() => {
    openai.reset();
    claude.reset();
  });

  it('classifies and writes the reply with OpenAI, recording model and tokens', async () => {
    const mb = await rig.mailbox();
    openai.reply(
      { text: NEEDS_REPLY, promptTokens: 321, completionTokens: 17 },
      { text: 'Hi Sam, Tuesday works. How about 10:00?', promptTokens: 400, completionTokens: 20 },
    );
    const msg = await rig.receive(mb.emailAddress, QUESTION);
    const row = await rig.settled(msg.id);
    expect(row).toMatchObject({
      status: 'completed',
      category: 'needs_reply',
      model_used: 'gpt-4o-mini',
      tokens_used: 321 + 17 + 400 + 20,
    });
    expect(row.generated_reply).toContain('Tuesday works');
    expect(openai.requests).toHaveLength(2);
    // The email is in the prompt, delimited as untrusted data.
    expect(openai.requests[0].userText).toContain('contract renewal');
    expect(rig.gmail.drafts(mb.emailAddress)).toHaveLength(1);
  });

  it('makes zero LLM calls for pre-filtered mail', async () => {
    const mb = await rig.mailbox();
    const msg = await rig.receive(mb.emailAddress, {
      ...QUESTION,
      headers: { 'Auto-Submitted': 'auto-replied' },
    });
    const row = await rig.settled(msg.id);
    expect(row).toMatchObject({ status: 'skipped', skip_reason: 'prefilter:auto-submitted' });
    expect(openai.requests).toHaveLength(0);
    expect(claude.requests).toHaveLength(0);
  });

  it('retries after an LLM 429 and completes', async () => {
    const mb = await rig.mailbox();
    const retries = rig.t.app.get<Counter<string>>(getToken(Metric.TaskRetries));
    const before = (await retries.get()).values
      .filter((v) => v.labels.task_name === 'classify')
      .reduce((a, v) => a + v.value, 0);
    // Both providers rate-limited once: the job itself must retry (with backoff) and then succeed.
    openai.failNext({ status: 429, retryAfter: 0 });
    claude.failNext({ status: 429, retryAfter: 0 });
    const msg = await rig.receive(mb.emailAddress, QUESTION);
    const row = await rig.settled(msg.id);
    expect(row.status).toBe('completed');
    const after = (await retries.get()).values
      .filter((v) => v.labels.task_name === 'classify')
      .reduce((a, v) => a + v.value, 0);
    expect(after).toBe(before + 1);
  });

  it('hands a reply stage that hit a 429 right after classify to a job of its own, which completes it', async () => {
    const mb = await rig.mailbox();
    const retries = rig.t.app.get<Counter<string>>(getToken(Metric.TaskRetries));
    const retriesOf = async (stage: string) =>
      (await retries.get()).values
        .filter((v) => v.labels.task_name === stage)
        .reduce((a, v) => a + v.value, 0);
    const [classifyBefore, generateBefore] = [
      await retriesOf('classify'),
      await retriesOf('generate'),
    ];
    // Classify succeeds; the reply, run in the same job, is rate-limited by both providers.
    openai.reply(NEEDS_REPLY, { fail: { status: 429, retryAfter: 0 } });
    claude.failNext({ status: 429, retryAfter: 0 });
    const msg = await rig.receive(mb.emailAddress, {
      ...QUESTION,
      messageId: '<inline-429@buyer.example>',
    });
    const row = await rig.settled(msg.id);
    expect(row).toMatchObject({
      status: 'completed',
      stage: 'draft_created',
      category: 'needs_reply',
    });
    expect(await retriesOf('generate')).toBe(generateBefore + 1);
    expect(await retriesOf('classify')).toBe(classifyBefore);
    // Classified once: the retry is the reply stage's alone.
    expect(openai.requests.filter((r) => r.jsonRequested)).toHaveLength(1);
    expect(rig.gmail.drafts(mb.emailAddress)).toHaveLength(1);
  });

  it('dead-letters output unreadable from every provider with the raw answer, and the DLQ retry then completes it', async () => {
    const mb = await rig.mailbox();
    openai.respondWith((req) =>
      req.jsonRequested ? 'I think this is probably fine, no JSON for you' : 'Hello',
    );
    // The fallback is tried on unreadable output; it has to fail too for a dead letter.
    claude.respondWith(() => 'Not telling.');
    const msg = await rig.receive(mb.emailAddress, QUESTION);
    const row = await rig.settled(msg.id);
    expect(row.status).toBe('failed');
    const [dead] = await rig.failedTasks(row.task_id);
    expect(dead).toMatchObject({
      task_name: 'classify',
      error_code: 'LLM_INVALID_OUTPUT',
      resolved_at: null,
    });
    expect(dead.raw_output).toContain('Not telling.');
    // Original + one repair each, no blind retries of a non-retryable failure.
    expect(openai.requests).toHaveLength(2);
    expect(claude.requests).toHaveLength(2);

    openai.reset();
    claude.reset();
    expect(await rig.t.app.get(DeadLetterService).retryDue()).toBeGreaterThanOrEqual(1);
    const fixed = await eventually(async () => {
      const r = await rig.task(msg.id);
      return r?.status === 'completed' ? r : null;
    });
    expect(fixed.draft_id).toBeTruthy();
    const [resolved] = await rig.failedTasks(row.task_id);
    expect(resolved.resolved_at).not.toBeNull();
  });

  it('opens the breaker after LLM_BREAKER_THRESHOLD (4) OpenAI 5xx and lets Claude answer', async () => {
    const mb = await rig.mailbox();
    openai.failNext({ status: 500, times: 50 });
    for (let i = 0; i < 4; i++) {
      const msg = await rig.receive(mb.emailAddress, { ...QUESTION, subject: `Question ${i}?` });
      const row = await rig.settled(msg.id);
      expect(row.status).toBe('completed');
      expect(row.model_used).toMatch(/^claude/);
    }
    const calls = openai.requests.length;
    const msg = await rig.receive(mb.emailAddress, {
      ...QUESTION,
      subject: 'After the breaker opened?',
    });
    expect((await rig.settled(msg.id)).model_used).toMatch(/^claude/);
    // Breaker open: OpenAI is not called at all any more.
    expect(openai.requests.length).toBe(calls);
    const metrics = await http('GET', `${rig.t.url}/api/metrics`);
    expect(metrics.text).toMatch(/llm_circuit_state\{provider="openai"\} 2/);
    expect(metrics.text).toMatch(/llm_fallback_total\{from="openai",to="anthropic"\} [1-9]/);
  });

  it('exports, after this run, a sample of every series the dashboards and alerts use', async () => {
    const mb = await rig.mailbox('metrics');
    await rig.t.app.get(WatchService).renew(mb.id);
    await rig.t.app.get(PipelineScheduler).sampleGauges();
    // The owner sends a draft as written; the next sync records the outcome.
    openai.reply(NEEDS_REPLY, 'Hi Sam, Tuesday at 10:00 suits me.');
    const msg = await rig.receive(mb.emailAddress, QUESTION);
    const row = await rig.settled(msg.id);
    rig.gmail.person(mb.emailAddress).sendDraft(row.draft_id!);
    await rig.push(mb.emailAddress, rig.gmail.historyId(mb.emailAddress));
    await eventually(async () => {
      const [f] = await rig
        .db()
        .query(
          'SELECT f.outcome FROM draft_feedback f JOIN ai_responses r ON r.id = f.ai_response_id WHERE r.task_id = $1',
          [row.task_id],
        );
      return f?.outcome === 'sent_unchanged';
    });
    const scrape = await http('GET', `${rig.t.url}/api/metrics`);
    expect(scrape.status).toBe(200);
    const names = readFileSync(resolve(import.meta.dirname, '../../monitoring/metrics.txt'), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    expect(names.length).toBeGreaterThan(20);
    // A real sample line, not just the HELP/TYPE header every registered metric has.
    const missing = names.filter(
      (name) =>
        !new RegExp(`^${name}(_bucket|_sum|_count)?(\\{[^}]*\\})? [0-9.e+-]+$`, 'm').test(
          scrape.text,
        ),
    );
    expect(missing).toEqual([]);
    // Labelled with the provider and model that wrote the reply (Claude, while OpenAI's breaker
    // is open after the earlier cases).
    expect(scrape.text).toMatch(
      /^draft_outcomes_total\{outcome="sent_unchanged",category="needs_reply",provider="(openai|anthropic)",model="[^"]+"\} 1$/m,
    );
    // Route templates, never raw paths, as labels.
    expect(scrape.text).toMatch(
      /http_requests_total\{method="POST",endpoint="\/api\/webhook\/gmail",status="204"\}/,
    );
    expect(scrape.text).not.toMatch(/endpoint="\/api\/v1\/task-status\/[0-9a-f]/);
    // No personal data in metrics.
    expect(scrape.text).not.toContain(mb.emailAddress);
  });
});
