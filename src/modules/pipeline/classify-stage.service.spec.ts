import { createMock } from '@golevelup/ts-vitest';
import type { Counter } from 'prom-client';
import { describe, expect, it } from 'vitest';
import {
  anAiResponse,
  aParsedEmail,
  aSettings,
  aStageContext,
  aTask,
} from '../../../test/support/builders.js';
import { JobName } from '../../core/queue/queue.constants.js';
import type { ParsedEmail } from '../gmail/gmail-client.port.js';
import { LlmService } from '../llm/llm.service.js';
import type { TaskStage } from '../task-lifecycle/task-state.js';
import { EmailRepository } from '../persistence/repositories/email.repository.js';
import { StageStateRepository } from '../persistence/repositories/stage-state.repository.js';
import { BatchClassifyService } from './batch-classify.service.js';
import { CACHED_REASONING, ClassificationCacheService } from './classification-cache.service.js';
import { ClassifyStageService } from './classify-stage.service.js';
import { LlmBudgetExhausted, LlmBudgetService } from './llm-budget.service.js';
import { MessageCache } from './message-cache.service.js';
import { TriageLabelService } from './triage-label.service.js';

/** A classify job that finds its task already classified must not pay for a second LLM call. */
/** The stage runs as a job of its own (no inline successor to claim for). */

describe('classify stage re-run', () => {
  function setup() {
    const llm = createMock<LlmService>();
    const messages = createMock<MessageCache>();
    const counter = createMock<Counter<string>>();
    const service = new ClassifyStageService(
      messages,
      llm,
      // Strict: the hand-on path must not touch the database (an unstubbed call throws).
      createMock<EmailRepository>({}, { strict: true }),
      createMock<StageStateRepository>({}, { strict: true }),
      createMock<LlmBudgetService>(),
      createMock<TriageLabelService>({}, { strict: true }),
      createMock<ClassificationCacheService>({}, { strict: true }),
      createMock<BatchClassifyService>({}, { strict: true }),
      counter,
      counter,
    );
    const ctx = (previousStage: TaskStage, category: string | null) =>
      aStageContext({
        task: aTask({ correlationId: 'c-1', status: 'processing', stage: 'classifying' }),
        previousStage,
        response: category ? anAiResponse({ category }) : null,
      });
    return { service, llm, messages, ctx };
  }

  it.each<TaskStage>(['classified', 'generating', 'reply_generated', 'drafting'])(
    'hands a task last seen at %s on to generate without fetching or classifying again',
    async (previous) => {
      const { service, llm, messages, ctx } = setup();
      await expect(service.run(ctx(previous, 'needs_reply'))).resolves.toEqual({
        outcome: 'needs_reply',
        next: { stage: JobName.Generate, vip: false },
      });
      expect(llm.classify).not.toHaveBeenCalled();
      expect(messages.get).not.toHaveBeenCalled();
    },
  );

  it('fetches the message again when the task had not finished classifying (a crash mid-stage)', async () => {
    const { service, messages, ctx } = setup();
    // The fetch fails here on purpose: reaching it proves the stage did not hand on.
    messages.get.mockRejectedValue(new Error('fetch reached'));
    await expect(service.run(ctx('classifying', 'needs_reply'))).rejects.toThrow('fetch reached');
    await expect(service.run(ctx('queued', null))).rejects.toThrow('fetch reached');
  });
});

const KEY = Buffer.alloc(32, 7);

/** Every LLM classification spends from the mailbox's daily budget; pre-filtered mail does not. */
describe('classify stage and the daily LLM budget', () => {
  function setup(msg: ParsedEmail) {
    const usage = { promptTokens: 120, completionTokens: 30 };
    const llm = createMock<LlmService>({ inputTokenBudget: 1000 });
    llm.classify.mockResolvedValue({
      category: 'informational',
      confidence: 0.9,
      reasoning: 'r',
      model: 'm',
      provider: 'p',
      usage,
    });
    llm.estimateCost.mockReturnValue(0);
    const spend = { mailboxId: 'mb', day: '2026-12-06', countTokens: true };
    const budget = createMock<LlmBudgetService>();
    budget.reserve.mockResolvedValue(spend);
    const state = createMock<StageStateRepository>();
    state.classified.mockResolvedValue(true);
    const labels = createMock<TriageLabelService>();
    labels.apply.mockResolvedValue({ outcome: 'off', markApplied: false, verdictStored: false });
    const messages = createMock<MessageCache>();
    messages.get.mockResolvedValue(msg);
    const counter = createMock<Counter<string>>();
    const cache = createMock<ClassificationCacheService>();
    cache.keyFor.mockReturnValue(KEY);
    cache.lookup.mockResolvedValue(null);
    cache.entryFor.mockImplementation((key, result) => ({
      contentHash: key,
      category: result.category,
      confidence: result.confidence,
      modelUsed: result.model,
      ttlSeconds: 60,
    }));
    const service = new ClassifyStageService(
      messages,
      llm,
      createMock<EmailRepository>(),
      state,
      budget,
      labels,
      cache,
      createMock<BatchClassifyService>({ enabled: false }),
      counter,
      counter,
    );
    const ctx = aStageContext({ task: aTask({ stage: 'classifying' }) });
    return { service, llm, budget, state, cache, labels, ctx, spend, usage };
  }

  it('reserves a call before classifying and records its tokens on the reserved day', async () => {
    const { service, llm, budget, ctx, spend, usage } = setup(aParsedEmail());
    await expect(service.run(ctx)).resolves.toEqual({ outcome: 'no_reply' });
    expect(budget.reserve).toHaveBeenCalledWith(ctx, JobName.Classify);
    expect(budget.reserve.mock.invocationCallOrder[0]).toBeLessThan(
      llm.classify.mock.invocationCallOrder[0],
    );
    expect(budget.record).toHaveBeenCalledWith(spend, usage);
  });

  it('makes no LLM call and records nothing when the budget is spent (the task waits)', async () => {
    const { service, llm, budget, state, ctx } = setup(aParsedEmail());
    const exhausted = new LlmBudgetExhausted(new Date('2026-12-07T00:00:00Z'));
    budget.reserve.mockRejectedValue(exhausted);
    await expect(service.run(ctx)).rejects.toBe(exhausted);
    expect(llm.classify).not.toHaveBeenCalled();
    expect(state.classified).not.toHaveBeenCalled();
    expect(budget.record).not.toHaveBeenCalled();
  });

  it('spends nothing on mail a pre-filter decides', async () => {
    const { service, budget, ctx } = setup(
      aParsedEmail({ headers: { 'list-id': '<news.shop.example>' } }),
    );
    await expect(service.run(ctx)).resolves.toEqual({ outcome: 'prefiltered' });
    expect(budget.reserve).not.toHaveBeenCalled();
  });

  it('stores an LLM verdict under the content key for the next mailbox, with the verdict', async () => {
    const { service, llm, cache, state, ctx } = setup(aParsedEmail());
    await service.run(ctx);
    expect(cache.lookup).toHaveBeenCalledWith(KEY);
    expect(cache.entryFor).toHaveBeenCalledWith(KEY, await llm.classify.mock.results[0].value);
    expect(state.classified).toHaveBeenCalledWith(
      ctx.task.id,
      ctx.email.id,
      expect.objectContaining({ category: 'informational', modelUsed: 'm' }),
      { status: 'completed', stage: 'classified' },
      {
        labelApplied: false,
        cache: {
          contentHash: KEY,
          category: 'informational',
          confidence: 0.9,
          modelUsed: 'm',
          ttlSeconds: 60,
        },
      },
    );
  });

  it("hands the cache row to the label step's first statement when there is one, not to the verdict's", async () => {
    const { service, state, labels, ctx } = setup(aParsedEmail());
    labels.apply.mockResolvedValue({ outcome: 'applied', markApplied: true, verdictStored: true });
    await service.run(ctx);
    expect(labels.apply).toHaveBeenCalledWith(ctx, expect.any(String), expect.any(Array), 'fyi', {
      classification: expect.objectContaining({ category: 'informational', modelUsed: 'm' }),
      cache: expect.objectContaining({ contentHash: KEY, category: 'informational' }),
    });
    expect(state.classified).toHaveBeenCalledWith(
      ctx.task.id,
      ctx.email.id,
      expect.objectContaining({ category: 'informational' }),
      { status: 'completed', stage: 'classified' },
      { labelApplied: true, cache: null },
    );
  });

  it('takes a cached verdict without an LLM call or any budget, recorded as the cache verdict', async () => {
    const { service, llm, budget, state, cache, ctx } = setup(aParsedEmail());
    cache.lookup.mockResolvedValue({ category: 'needs_reply', confidence: 0.9, modelUsed: 'm' });

    await expect(service.run(ctx)).resolves.toMatchObject({ outcome: 'needs_reply' });

    expect(llm.classify).not.toHaveBeenCalled();
    expect(budget.reserve).not.toHaveBeenCalled();
    expect(cache.entryFor).not.toHaveBeenCalled();
    expect(state.classified).toHaveBeenCalledWith(
      ctx.task.id,
      ctx.email.id,
      {
        category: 'needs_reply',
        confidence: 0.9,
        reasoning: CACHED_REASONING,
        modelUsed: 'cache:m',
        usage: { promptTokens: 0, completionTokens: 0, costUsd: 0 },
      },
      { stage: 'classified' },
      { labelApplied: false, cache: null },
    );
  });

  it('applies the confidence threshold to a cached verdict as to a fresh one', async () => {
    const { service, cache, ctx } = setup(aParsedEmail());
    cache.lookup.mockResolvedValue({ category: 'needs_reply', confidence: 0.4, modelUsed: 'm' });
    await expect(service.run(ctx)).resolves.toEqual({ outcome: 'low_confidence' });
  });
});

/** The mailbox's sender rules and threshold, and a run resumed after the label step failed. */
describe('classify stage and the mailbox settings', () => {
  function setup(msg: ParsedEmail, settings = aSettings()) {
    const llm = createMock<LlmService>({ inputTokenBudget: 1000 });
    llm.classify.mockResolvedValue({
      category: 'needs_reply',
      confidence: 0.8,
      reasoning: 'asks',
      model: 'm',
      provider: 'p',
      usage: { promptTokens: 1, completionTokens: 1 },
    });
    llm.estimateCost.mockReturnValue(0);
    const state = createMock<StageStateRepository>();
    state.classified.mockResolvedValue(true);
    const labels = createMock<TriageLabelService>();
    labels.apply.mockResolvedValue({ outcome: 'applied', markApplied: true, verdictStored: true });
    const messages = createMock<MessageCache>();
    messages.get.mockResolvedValue(msg);
    const budget = createMock<LlmBudgetService>();
    budget.reserve.mockResolvedValue({ mailboxId: 'mb', day: 'd', countTokens: false });
    const counter = createMock<Counter<string>>();
    const service = new ClassifyStageService(
      messages,
      llm,
      createMock<EmailRepository>(),
      state,
      budget,
      labels,
      createMock<ClassificationCacheService>({ keyFor: () => null }),
      createMock<BatchClassifyService>({ enabled: false }),
      counter,
      counter,
    );
    const ctx = aStageContext({ task: aTask({ stage: 'classifying' }), settings });
    return { service, llm, state, labels, ctx };
  }
  const from = (address: string, over: Partial<ParsedEmail> = {}) =>
    aParsedEmail({ from: { address }, ...over });

  it('never sends a never-draft sender to the LLM: skipped and labelled as such', async () => {
    const { service, llm, state, labels, ctx } = setup(
      from('pat@eu.noise.example'),
      aSettings({ never_draft_senders: ['@noise.example'] }),
    );
    await expect(service.run(ctx)).resolves.toEqual({ outcome: 'never_draft' });
    expect(llm.classify).not.toHaveBeenCalled();
    // A rule's verdict is not kept before the label step: it costs nothing to apply again.
    expect(labels.apply).toHaveBeenCalledWith(
      ctx,
      expect.any(String),
      expect.any(Array),
      'skipped',
      undefined,
    );
    expect(state.classified).toHaveBeenCalledWith(
      ctx.task.id,
      ctx.email.id,
      expect.objectContaining({ modelUsed: 'rule:never-draft' }),
      { status: 'skipped', skipReason: 'never_draft_sender', stage: 'classified' },
      { labelApplied: true, cache: null },
    );
  });

  it('drafts for an always-draft sender without an LLM call, even from a mailing list', async () => {
    const { service, llm, ctx } = setup(
      from('news@club.example', { headers: { 'list-id': '<club.example>' } }),
      aSettings({ always_draft_senders: ['@club.example'] }),
    );
    await expect(service.run(ctx)).resolves.toEqual({
      outcome: 'needs_reply',
      next: { stage: JobName.Generate, vip: false },
    });
    expect(llm.classify).not.toHaveBeenCalled();
  });

  it('lets a VIP past the bulk-mail rules (to the LLM, then the priority queue), never past Gmail spam', async () => {
    const vip = aSettings({ vip_senders: ['boss@big.example'] });
    const list = setup(from('boss@big.example', { headers: { 'list-id': '<x>' } }), vip);
    await expect(list.service.run(list.ctx)).resolves.toEqual({
      outcome: 'needs_reply',
      next: { stage: JobName.Generate, vip: true },
    });
    expect(list.llm.classify).toHaveBeenCalledWith(expect.anything(), list.ctx.settings.owner);
    const spam = setup(from('boss@big.example', { labelIds: ['SPAM'] }), vip);
    await expect(spam.service.run(spam.ctx)).resolves.toEqual({ outcome: 'prefiltered' });
  });

  it("applies the mailbox's confidence threshold", async () => {
    const { service, labels, ctx } = setup(
      from('dana@x.example'),
      aSettings({ confidence_threshold: 0.9 }),
    );
    await expect(service.run(ctx)).resolves.toEqual({ outcome: 'low_confidence' });
    expect(labels.apply).toHaveBeenCalledWith(
      ctx,
      expect.any(String),
      expect.any(Array),
      'skipped',
      {
        classification: expect.objectContaining({ category: 'needs_reply', confidence: 0.8 }),
        cache: null,
      },
    );
  });

  it('stores the classification with the label step, and a resumed run reuses it', async () => {
    const first = setup(from('dana@x.example'));
    first.labels.apply.mockRejectedValue(new Error('Gmail down'));
    await expect(first.service.run(first.ctx)).rejects.toThrow('Gmail down');
    expect(first.labels.apply).toHaveBeenCalledWith(
      first.ctx,
      expect.any(String),
      expect.any(Array),
      'needs_reply',
      {
        classification: expect.objectContaining({
          taskId: first.ctx.task.id,
          emailId: first.ctx.email.id,
          category: 'needs_reply',
          modelUsed: 'm',
        }),
        cache: null,
      },
    );
    expect(first.state.classified).not.toHaveBeenCalled();

    const again = setup(from('dana@x.example'));
    const ctx = {
      ...again.ctx,
      previousStage: 'classifying' as const,
      response: anAiResponse({ category: 'needs_reply', confidence: 0.8, modelUsed: 'm' }),
    };
    await expect(again.service.run(ctx)).resolves.toMatchObject({ outcome: 'needs_reply' });
    expect(again.llm.classify).not.toHaveBeenCalled();
    expect(again.labels.apply).toHaveBeenCalledWith(
      ctx,
      expect.any(String),
      expect.any(Array),
      'needs_reply',
      undefined,
    );
    expect(again.state.classified).toHaveBeenCalledWith(
      ctx.task.id,
      ctx.email.id,
      expect.objectContaining({ category: 'needs_reply' }),
      { stage: 'classified' },
      { labelApplied: true, cache: null },
    );
  });
});
