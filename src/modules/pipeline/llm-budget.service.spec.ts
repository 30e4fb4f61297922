import { createMock } from '@golevelup/ts-vitest';
import type { Counter } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { aMailbox, aSettings, aStageContext, aTask } from '../../../test/support/builders.js';
import { JobName } from '../../core/queue/queue.constants.js';
import type { LlmUsageRepository } from '../persistence/repositories/llm-usage.repository.js';
import type { TaskRepository } from '../persistence/repositories/task.repository.js';
import {
  LLM_BUDGET_REASON,
  LlmBudgetExhausted,
  LlmBudgetService,
  RESUME_SPREAD_MS,
  resumeTime,
  utcDay,
} from './llm-budget.service.js';

describe('LlmBudgetService', () => {
  let ctx = aStageContext({ task: aTask(), mailbox: aMailbox({ id: 'mb-1' }) });

  function setup(caps: { calls: number; tokens: number }, granted = true) {
    ctx = {
      ...ctx,
      settings: aSettings({}, { DAILY_LLM_CALL_CAP: caps.calls, DAILY_LLM_TOKEN_CAP: caps.tokens }),
    };
    const usage = createMock<LlmUsageRepository>();
    usage.reserveCall.mockResolvedValue(granted);
    usage.addTokens.mockResolvedValue(undefined);
    const tasks = createMock<TaskRepository>();
    tasks.update.mockResolvedValue(true);
    const exceeded = createMock<Counter<string>>();
    const service = new LlmBudgetService(usage, tasks, exceeded);
    exceeded.inc.mockClear(); // the constructor's zero samples
    return { service, usage, tasks, exceeded };
  }

  it('grants a call under the cap, counted on the UTC day of the call', async () => {
    const { service, usage, tasks, exceeded } = setup({ calls: 10, tokens: 0 });
    // 23:30 in New York is already the next day in UTC: the key follows UTC, not local time.
    const spend = await service.reserve(
      ctx,
      JobName.Classify,
      new Date('2026-12-06T23:30:00-05:00'),
    );
    expect(spend).toEqual({ mailboxId: 'mb-1', day: '2026-12-07', countTokens: false });
    expect(usage.reserveCall).toHaveBeenCalledWith('mb-1', '2026-12-07', { calls: 10, tokens: 0 });
    expect(tasks.update).not.toHaveBeenCalled();
    expect(exceeded.inc).not.toHaveBeenCalled();
  });

  it('costs no statement when both caps are off', async () => {
    const { service, usage } = setup({ calls: 0, tokens: 0 });
    await service.reserve(ctx, JobName.Generate);
    await service.record(await service.reserve(ctx, JobName.Generate), {
      promptTokens: 10,
      completionTokens: 5,
    });
    expect(usage.reserveCall).not.toHaveBeenCalled();
    expect(usage.addTokens).not.toHaveBeenCalled();
  });

  it('past the budget: marks the task waiting, counts the hit per stage, and resumes after midnight UTC', async () => {
    const { service, tasks, exceeded } = setup({ calls: 2, tokens: 0 }, false);
    const now = new Date('2026-12-06T15:00:00Z');
    const error = await service.reserve(ctx, JobName.Generate, now).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LlmBudgetExhausted);
    const resumeAt = (error as LlmBudgetExhausted).resumeAt.getTime();
    expect(resumeAt).toBeGreaterThanOrEqual(Date.parse('2026-12-07T00:00:00Z'));
    expect(resumeAt).toBeLessThan(Date.parse('2026-12-07T00:00:00Z') + RESUME_SPREAD_MS);
    expect(tasks.update).toHaveBeenCalledWith('t-1', {
      status: 'pending',
      skipReason: LLM_BUDGET_REASON,
    });
    expect(exceeded.inc).toHaveBeenCalledWith({ stage: JobName.Generate });
  });

  it('records tokens only while the token cap is on, on the reserved day, bounded', async () => {
    const { service, usage } = setup({ calls: 0, tokens: 50_000 });
    const spend = await service.reserve(ctx, JobName.Classify, new Date('2026-12-06T23:59:59Z'));
    expect(usage.reserveCall).toHaveBeenCalledWith('mb-1', '2026-12-06', {
      calls: 0,
      tokens: 50_000,
    });
    await service.record(spend, { promptTokens: 100, completionTokens: 20.4 });
    expect(usage.addTokens).toHaveBeenLastCalledWith('mb-1', '2026-12-06', 120);
    await service.record(spend, { promptTokens: Number.NaN, completionTokens: 1 });
    await service.record(spend, { promptTokens: -5, completionTokens: 0 });
    expect(usage.addTokens).toHaveBeenCalledTimes(1);
    await service.record(spend, { promptTokens: 1e300, completionTokens: 0 });
    expect(usage.addTokens).toHaveBeenLastCalledWith('mb-1', '2026-12-06', 10_000_000);

    const off = setup({ calls: 5, tokens: 0 });
    const offSpend = await off.service.reserve(ctx, JobName.Classify);
    await off.service.record(offSpend, { promptTokens: 100, completionTokens: 20 });
    expect(off.usage.addTokens).not.toHaveBeenCalled();
  });

  it("applies the mailbox's own caps over the environment's", async () => {
    const { service, usage } = setup({ calls: 1000, tokens: 0 });
    const own = {
      ...ctx,
      settings: aSettings({ daily_llm_call_cap: 3, daily_llm_token_cap: 900 }, {}),
    };
    await service.reserve(own, JobName.Classify, new Date('2026-12-06T10:00:00Z'));
    expect(usage.reserveCall).toHaveBeenCalledWith('mb-1', '2026-12-06', { calls: 3, tokens: 900 });
  });

  it('exports a zero sample per stage from the start', () => {
    const exceeded = createMock<Counter<string>>();
    new LlmBudgetService(
      createMock<LlmUsageRepository>({}, { strict: true }),
      createMock<TaskRepository>({}, { strict: true }),
      exceeded,
    );
    expect(exceeded.inc.mock.calls).toEqual([
      [{ stage: JobName.Classify }, 0],
      [{ stage: JobName.Generate }, 0],
    ]);
  });
});

describe('budget day and resume time', () => {
  it('keys the day by UTC date', () => {
    expect(utcDay(new Date('2026-12-31T23:59:59.999Z'))).toBe('2026-12-31');
    expect(utcDay(new Date('2027-01-01T00:00:00Z'))).toBe('2027-01-01');
  });

  it('resumes after the next midnight UTC (month and year ends too), within the spread', () => {
    expect(resumeTime(new Date('2026-12-31T23:59:59Z'), 0).toISOString()).toBe(
      '2027-01-01T00:00:00.000Z',
    );
    expect(resumeTime(new Date('2026-02-28T00:00:00Z'), 0).toISOString()).toBe(
      '2026-03-01T00:00:00.000Z',
    );
    expect(resumeTime(new Date('2026-12-06T12:00:00Z'), 0.999_999).getTime()).toBeLessThan(
      Date.parse('2026-12-07T00:00:00Z') + RESUME_SPREAD_MS,
    );
  });
});
