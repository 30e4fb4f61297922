import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LlmUsageRepository } from '../../src/modules/persistence/repositories/llm-usage.repository.js';
import { startApp, TestApp } from '../support/app-harness.js';
import { seedMailbox, uniqueAddress } from '../support/seed.js';

/**
 * The daily LLM budget's counter against the real schema: many workers reserving at once must
 * never be granted more than the cap, and each mailbox and day has its own budget.
 */
describe('LLM usage counter (real PostgreSQL)', () => {
  let t: TestApp;
  let usage: LlmUsageRepository;

  beforeAll(async () => {
    t = await startApp({
      APP_ROLE: 'api',
      PUBSUB_AUDIENCE: 'https://budget.test/api/webhook/gmail',
      PUBSUB_SERVICE_ACCOUNT_EMAIL: 'push@budget.test',
    });
    usage = t.app.get(LlmUsageRepository);
  });
  afterAll(async () => t?.close());

  const mailbox = async () => (await seedMailbox(t.app, uniqueAddress('budget'))).id;

  it('grants exactly the cap to 20 concurrent reservations with a cap of 10, from no row', async () => {
    const id = await mailbox();
    const day = '2026-12-06';
    const granted = await Promise.all(
      Array.from({ length: 20 }, () => usage.reserveCall(id, day, { calls: 10, tokens: 0 })),
    );
    expect(granted.filter(Boolean)).toHaveLength(10);
    expect(await usage.usage(id, day)).toEqual({ calls: 10, tokens: 0 });
    // Refusals count nothing: the cap still holds on the next call.
    expect(await usage.reserveCall(id, day, { calls: 10, tokens: 0 })).toBe(false);
    expect((await usage.usage(id, day)).calls).toBe(10);
  });

  it('gives each mailbox and each UTC day its own budget', async () => {
    const [a, b] = [await mailbox(), await mailbox()];
    const caps = { calls: 1, tokens: 0 };
    expect(await usage.reserveCall(a, '2026-12-06', caps)).toBe(true);
    expect(await usage.reserveCall(a, '2026-12-06', caps)).toBe(false);
    expect(await usage.reserveCall(b, '2026-12-06', caps)).toBe(true);
    expect(await usage.reserveCall(a, '2026-12-07', caps)).toBe(true);
  });

  it('refuses once the day’s tokens reach the token cap, with or without a call cap', async () => {
    const id = await mailbox();
    const day = '2026-12-06';
    const caps = { calls: 0, tokens: 1_000 };
    expect(await usage.reserveCall(id, day, caps)).toBe(true);
    await usage.addTokens(id, day, 999);
    expect(await usage.reserveCall(id, day, caps)).toBe(true);
    await usage.addTokens(id, day, 1);
    expect(await usage.reserveCall(id, day, caps)).toBe(false);
    expect(await usage.reserveCall(id, day, { calls: 100, tokens: 1_000 })).toBe(false);
    expect(await usage.usage(id, day)).toEqual({ calls: 2, tokens: 1_000 });
    // With both caps off a call is only counted.
    expect(await usage.reserveCall(id, day, { calls: 0, tokens: 0 })).toBe(true);
    expect((await usage.usage(id, day)).calls).toBe(3);
  });
});
