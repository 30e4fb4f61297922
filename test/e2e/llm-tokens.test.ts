import { getToken } from '@willsoto/nestjs-prometheus';
import type { Counter } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { Metric } from '../../src/core/metrics/metric-names.js';
import { MailboxSyncService } from '../../src/modules/ingestion/mailbox-sync.service.js';
import { LlmBatchService } from '../../src/modules/llm/llm-batch.service.js';
import { LlmBatchRepository } from '../../src/modules/persistence/repositories/llm-batch.repository.js';
import { BatchClassifyService } from '../../src/modules/pipeline/batch-classify.service.js';
import { eventually } from '../support/http.js';
import { openAiPipeline } from '../support/openai-pipeline.js';

/** An announcement sent to many people one by one: no list headers, so no pre-filter rule. */
const ANNOUNCEMENT = {
  from: 'Dana Facilities <dana@corp.example>',
  subject: 'Parking garage closed on Saturday',
  text: 'Hello everyone,\n\nthe parking garage is closed on Saturday for resurfacing. Please use the street parking on Elm Road.\n\nDana',
};

interface ResponseRow {
  model_used: string;
  prompt_tokens: number;
  cached_prompt_tokens: number;
  completion_tokens: number;
  cost_usd: number;
  category: string;
  reasoning: string;
}

/**
 * Tokens and money per email through the whole pipeline (OpenAI's real SDK against the fake):
 * cached prompt tokens reported by the provider end up on the task's record and lower its cost,
 * and identical content delivered to several mailboxes is classified by the LLM once.
 */
describe('LLM tokens, prompt caching and the shared classification cache (e2e)', () => {
  const { rig, openai } = openAiPipeline({
    OPENAI_MODEL: 'gpt-4o-mini',
    CLASSIFICATION_CACHE_TTL_HOURS: '24',
    // Only a backfill's mail goes through the Batch API; the other tests deliver live mail.
    OPENAI_BATCH_ENABLED: 'true',
    OPENAI_BATCH_POLL_SECONDS: '1',
  });

  const response = async (gmailMessageId: string): Promise<ResponseRow> => {
    const rows: ResponseRow[] = await rig
      .db()
      .query(
        `SELECT r.* FROM ai_responses r JOIN emails e ON e.id = r.email_id WHERE e.message_id = $1`,
        [gmailMessageId],
      );
    return rows[0];
  };
  const classifyCalls = () => openai.requests.filter((r) => r.jsonRequested);

  it('records the cached prompt tokens the provider reports and prices them at the cached rate', async () => {
    // The static instructions are shorter than OpenAI's 1024-token minimum; a lower minimum
    // lets them be cached here as a longer static prefix would be.
    openai.promptCache.minTokens = 128;
    const [a, b] = [await rig.mailbox(), await rig.mailbox()];

    const first = await rig.receive(a.emailAddress, {
      ...ANNOUNCEMENT,
      subject: 'Lunch order for the team',
    });
    await rig.settled(first.id);
    const second = await rig.receive(b.emailAddress, ANNOUNCEMENT);
    await rig.settled(second.id);

    const [one, two] = [await response(first.id), await response(second.id)];
    expect(one.cached_prompt_tokens).toBe(0);
    // The second mailbox's email shares the static instructions, read from the prompt cache.
    expect(two.cached_prompt_tokens).toBeGreaterThanOrEqual(128);
    expect(two.cached_prompt_tokens % 128).toBe(0);
    expect(two.cached_prompt_tokens).toBe(classifyCalls()[1].usage?.cachedTokens);
    // gpt-4o-mini: $0.15 input, $0.075 cached input, $0.60 output per 1M tokens.
    const fresh = two.prompt_tokens - two.cached_prompt_tokens;
    expect(two.cost_usd).toBeCloseTo(
      (fresh * 0.15 + two.cached_prompt_tokens * 0.075 + two.completion_tokens * 0.6) / 1e6,
      12,
    );
  });

  it('classifies the same content for a second mailbox once, and near-identical content again', async () => {
    const hits = rig.t.app.get<Counter<string>>(getToken(Metric.ClassificationCache));
    const hitCount = async () =>
      (await hits.get()).values.find((v) => v.labels.result === 'hit')?.value ?? 0;
    const before = await hitCount();
    const [a, b, c] = [await rig.mailbox(), await rig.mailbox(), await rig.mailbox()];
    const spec = { ...ANNOUNCEMENT, subject: 'Garage closed: Saturday 14 March' };

    const first = await rig.receive(a.emailAddress, spec);
    await rig.settled(first.id);
    const second = await rig.receive(b.emailAddress, spec);
    await rig.settled(second.id);
    // One character differs ("Sunday" for "Saturday" in the body): its own classification.
    const near = await rig.receive(c.emailAddress, {
      ...spec,
      text: spec.text.replace('closed on Saturday', 'closed on Sunday'),
    });
    await rig.settled(near.id);

    expect(classifyCalls()).toHaveLength(2);
    expect(classifyCalls()[0].userText).toContain('closed on Saturday');
    expect(classifyCalls()[1].userText).toContain('closed on Sunday');
    const [one, two, three] = [
      await response(first.id),
      await response(second.id),
      await response(near.id),
    ];
    expect(one.model_used).toBe('gpt-4o-mini');
    expect(two).toMatchObject({
      model_used: 'cache:gpt-4o-mini',
      category: one.category,
      prompt_tokens: 0,
      completion_tokens: 0,
      cost_usd: 0,
    });
    // The model's reasoning is not shared: it could quote the first recipient's copy.
    expect(two.reasoning).not.toBe(one.reasoning);
    expect(three.model_used).toBe('gpt-4o-mini');
    expect(await hitCount()).toBe(before + 1);
  });

  it('classifies a backfill through the Batch API exactly once, across a crash after the upload, at half price', async () => {
    const mb = await rig.mailbox();
    const question = await rig.receive(
      mb.emailAddress,
      {
        from: 'Ana Ruiz <ana@customer.example>',
        subject: 'Renewal date?',
        text: 'Hi, when does our contract renew? Could you send me the date?\n\nAna',
      },
      { push: false },
    );
    const notice = await rig.receive(
      mb.emailAddress,
      { ...ANNOUNCEMENT, subject: 'Garage closed: backfill edition' },
      { push: false },
    );
    const ids = [question.id, notice.id];
    await rig.t.app.get(MailboxSyncService).backfill(mb.id, 1);

    // Both wait for the batch; nothing was classified live.
    await eventually(async () => {
      const rows = await Promise.all(ids.map((id) => rig.task(id)));
      return rows.every((r) => r?.status === 'pending' && r.skip_reason === 'llm_batch') || null;
    }, 10_000);
    expect(classifyCalls()).toHaveLength(0);

    // A submitter dies after the provider accepted the batch, before recording its id.
    const requests = rig.t.app.get(LlmBatchRepository);
    const llmBatch = rig.t.app.get(LlmBatchService);
    const claimed = (await requests.claimPending(100))!;
    expect(claimed.requests.map((r) => r.taskId).sort()).toHaveLength(2);
    await llmBatch.submit(
      claimed.requests.map((r) => ({
        customId: r.taskId,
        body: r.body as ReturnType<LlmBatchService['classifyRequest']>,
      })),
      claimed.id,
    );
    await new Promise((resolve) => setTimeout(resolve, 1_100));

    const batches = rig.t.app.get(BatchClassifyService);
    // The next round finds the batch by its submission id instead of submitting again, then
    // polls it (the fake runs it on the second retrieve).
    expect(await batches.tick()).toEqual({ submitted: 1, ended: 0 });
    expect(await batches.tick()).toEqual({ submitted: 0, ended: 1 });
    expect(openai.batchApi.created).toHaveLength(1);

    const rows = await Promise.all(ids.map((id) => rig.settled(id)));
    expect(rows.map((r) => r.status)).toEqual(expect.arrayContaining(['completed']));
    expect(rows.every((r) => r.status !== 'failed')).toBe(true);
    // Classified by the batch only: two batch lines, no live classification.
    expect(openai.requests.filter((r) => r.jsonRequested && r.batch)).toHaveLength(2);
    expect(classifyCalls().filter((r) => !r.batch)).toHaveLength(0);
    const noticeRow = await response(notice.id);
    expect(noticeRow.model_used).toBe('gpt-4o-mini');
    // gpt-4o-mini at the Batch API's half price.
    expect(noticeRow.cost_usd).toBeCloseTo(
      ((noticeRow.prompt_tokens * 0.15 + noticeRow.completion_tokens * 0.6) / 1e6) * 0.5,
      12,
    );
    // Nothing left behind: the rows and the provider's files (they held email text) are gone.
    const left: unknown[] = await rig
      .db()
      .query('SELECT 1 FROM llm_batch_requests WHERE task_id = ANY($1)', [
        rows.map((r) => r.task_id),
      ]);
    expect(left).toHaveLength(0);
    expect(openai.batchApi.files.size).toBe(0);
  });
});
