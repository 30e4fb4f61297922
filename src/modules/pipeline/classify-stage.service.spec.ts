import type { Counter } from 'prom-client';
import { describe, expect, it, vi } from 'vitest';
import { AppConfig } from '../../core/config/app-config.js';
import { JobName } from '../../core/queue/queue.constants.js';
import type { ParsedEmail } from '../gmail/gmail-client.port.js';
import { LlmService } from '../llm/llm.service.js';
import { AiResponseEntity } from '../persistence/entities/ai-response.entity.js';
import { EmailEntity } from '../persistence/entities/email.entity.js';
import { MailboxEntity } from '../persistence/entities/mailbox.entity.js';
import { ProcessingTaskEntity } from '../persistence/entities/processing-task.entity.js';
import type { TaskStage } from '../task-lifecycle/task-state.js';
import { EmailRepository } from '../persistence/repositories/email.repository.js';
import { StageStateRepository } from '../persistence/repositories/stage-state.repository.js';
import { ClassifyStageService } from './classify-stage.service.js';
import { LlmBudgetExhausted, LlmBudgetService } from './llm-budget.service.js';
import { MessageCache } from './message-cache.service.js';
import { StageContext } from './stage-context.service.js';

/** A classify job that finds its task already classified must not pay for a second LLM call. */
/** The stage runs as a job of its own (no inline successor to claim for). */
const QUEUED = { claimNext: false };

describe('classify stage re-run', () => {
  function setup() {
    const llm = { classify: vi.fn() };
    const messages = { get: vi.fn() };
    const counter = { inc: vi.fn() } as unknown as Counter<string>;
    const service = new ClassifyStageService(
      { CLASSIFY_CONFIDENCE_THRESHOLD: 0.6 } as AppConfig,
      messages as unknown as MessageCache,
      llm as unknown as LlmService,
      {} as EmailRepository,
      {} as StageStateRepository,
      { reserve: vi.fn(), record: vi.fn() } as unknown as LlmBudgetService,
      counter,
      counter,
    );
    const ctx = (previousStage: TaskStage, category: string | null): StageContext => ({
      task: Object.assign(new ProcessingTaskEntity(), {
        id: 't-1',
        correlationId: 'c-1',
        status: 'processing',
        stage: 'classifying',
      }),
      previousStage,
      email: Object.assign(new EmailEntity(), { id: 1, messageId: 'm-1' }),
      mailbox: Object.assign(new MailboxEntity(), {
        id: 'mb',
        emailAddress: 'me@example.com',
        status: 'active',
      }),
      creds: { mailboxId: 'mb', emailAddress: 'me@example.com', refreshToken: 'x' },
      response: category
        ? Object.assign(new AiResponseEntity(), { taskId: 't-1', category })
        : null,
    });
    return { service, llm, messages, ctx };
  }

  it.each<TaskStage>(['classified', 'generating', 'reply_generated', 'drafting'])(
    'hands a task last seen at %s on to generate without fetching or classifying again',
    async (previous) => {
      const { service, llm, messages, ctx } = setup();
      await expect(service.run(ctx(previous, 'needs_reply'), QUEUED)).resolves.toEqual({
        outcome: 'needs_reply',
        next: { stage: JobName.Generate, vip: false },
      });
      expect(llm.classify).not.toHaveBeenCalled();
      expect(messages.get).not.toHaveBeenCalled();
    },
  );

  it('classifies again when the task had not finished classifying (a crash mid-stage)', async () => {
    const { service, messages, ctx } = setup();
    // The fetch fails here on purpose: reaching it proves the stage did not hand on.
    messages.get.mockRejectedValue(new Error('fetch reached'));
    await expect(service.run(ctx('classifying', 'needs_reply'), QUEUED)).rejects.toThrow(
      'fetch reached',
    );
    await expect(service.run(ctx('queued', null), QUEUED)).rejects.toThrow('fetch reached');
  });
});

/** Every LLM classification spends from the mailbox's daily budget; pre-filtered mail does not. */
describe('classify stage and the daily LLM budget', () => {
  const message = (over: Partial<ParsedEmail> = {}): ParsedEmail => ({
    id: 'm-1',
    threadId: 'm-1',
    labelIds: ['INBOX'],
    headers: {},
    from: { address: 'dana@customer.example' },
    replyTo: [],
    to: [{ address: 'me@example.com' }],
    cc: [],
    subject: 'Invoice?',
    receivedAt: new Date('2026-12-06T10:00:00Z'),
    text: 'Could you send the invoice?',
    fromHtml: false,
    attachments: [],
    snippet: '',
    ...over,
  });

  function setup(msg: ParsedEmail) {
    const usage = { promptTokens: 120, completionTokens: 30 };
    const llm = {
      classify: vi.fn().mockResolvedValue({
        category: 'informational',
        confidence: 0.9,
        reasoning: 'r',
        model: 'm',
        provider: 'p',
        usage,
      }),
      estimateCost: vi.fn().mockReturnValue(0),
    };
    const spend = { mailboxId: 'mb', day: '2026-12-06', countTokens: true };
    const budget = { reserve: vi.fn().mockResolvedValue(spend), record: vi.fn() };
    const state = { classified: vi.fn().mockResolvedValue(true) };
    const counter = { inc: vi.fn() } as unknown as Counter<string>;
    const service = new ClassifyStageService(
      { CLASSIFY_CONFIDENCE_THRESHOLD: 0.6, LLM_INPUT_TOKEN_BUDGET: 1000 } as AppConfig,
      { get: vi.fn().mockResolvedValue(msg) } as unknown as MessageCache,
      llm as unknown as LlmService,
      { updateDetails: vi.fn() } as unknown as EmailRepository,
      state as unknown as StageStateRepository,
      budget as unknown as LlmBudgetService,
      counter,
      counter,
    );
    const ctx: StageContext = {
      task: Object.assign(new ProcessingTaskEntity(), { id: 't-1', stage: 'classifying' }),
      previousStage: 'queued',
      email: Object.assign(new EmailEntity(), { id: 1, messageId: 'm-1' }),
      mailbox: Object.assign(new MailboxEntity(), { id: 'mb', emailAddress: 'me@example.com' }),
      creds: { mailboxId: 'mb', emailAddress: 'me@example.com', refreshToken: 'x' },
      response: null,
    };
    return { service, llm, budget, state, ctx, spend, usage };
  }

  it('reserves a call before classifying and records its tokens on the reserved day', async () => {
    const { service, llm, budget, ctx, spend, usage } = setup(message());
    await expect(service.run(ctx, QUEUED)).resolves.toEqual({ outcome: 'no_reply' });
    expect(budget.reserve).toHaveBeenCalledWith(ctx, JobName.Classify);
    expect(budget.reserve.mock.invocationCallOrder[0]).toBeLessThan(
      llm.classify.mock.invocationCallOrder[0],
    );
    expect(budget.record).toHaveBeenCalledWith(spend, usage);
  });

  it('makes no LLM call and records nothing when the budget is spent (the task waits)', async () => {
    const { service, llm, budget, state, ctx } = setup(message());
    const exhausted = new LlmBudgetExhausted(new Date('2026-12-07T00:00:00Z'));
    budget.reserve.mockRejectedValue(exhausted);
    await expect(service.run(ctx, QUEUED)).rejects.toBe(exhausted);
    expect(llm.classify).not.toHaveBeenCalled();
    expect(state.classified).not.toHaveBeenCalled();
    expect(budget.record).not.toHaveBeenCalled();
  });

  it('spends nothing on mail a pre-filter decides', async () => {
    const { service, budget, ctx } = setup(
      message({ headers: { 'list-id': '<news.shop.example>' } }),
    );
    await expect(service.run(ctx, QUEUED)).resolves.toEqual({ outcome: 'prefiltered' });
    expect(budget.reserve).not.toHaveBeenCalled();
  });
});
