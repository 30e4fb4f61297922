import { createMock } from '@golevelup/ts-vitest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { aParsedEmail } from '../../../test/support/builders.js';
import type { GmailClient } from '../gmail/gmail-client.port.js';
import { approximateBytes, MessageCache } from './message-cache.service.js';

const creds = { mailboxId: 'mb', emailAddress: 'mb@example.com', refreshToken: 'rt' };

function cacheOverFakeGmail(text = 'hello') {
  let fetched = 0;
  const gmail = createMock<GmailClient>();
  gmail.getMessage.mockImplementation(async (_c, id) => {
    fetched++;
    return aParsedEmail({ id, subject: `fetch ${fetched}`, text });
  });
  return { cache: new MessageCache(gmail), getMessage: gmail.getMessage };
}

describe('MessageCache', () => {
  afterEach(() => vi.useRealTimers());

  it('hands later stages what the first fetched; `fresh` always asks Gmail', async () => {
    const { cache, getMessage } = cacheOverFakeGmail();
    const first = await cache.get(creds, 'm1', { fresh: true });
    expect(await cache.get(creds, 'm1')).toBe(first);
    expect(getMessage).toHaveBeenCalledTimes(1);
    const fresh = await cache.get(creds, 'm1', { fresh: true });
    expect(fresh).not.toBe(first);
    // The fresh answer is what later stages get.
    expect(await cache.get(creds, 'm1')).toBe(fresh);
    expect(getMessage).toHaveBeenCalledTimes(2);
  });

  it('fetches again once an entry is five minutes old', async () => {
    vi.useFakeTimers();
    const { cache, getMessage } = cacheOverFakeGmail();
    await cache.get(creds, 'm1');
    vi.advanceTimersByTime(4 * 60_000);
    await cache.get(creds, 'm1');
    expect(getMessage).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60_001);
    await cache.get(creds, 'm1');
    expect(getMessage).toHaveBeenCalledTimes(2);
  });

  it('keeps entries apart by mailbox', async () => {
    const { cache, getMessage } = cacheOverFakeGmail();
    await cache.get(creds, 'm1');
    await cache.get({ ...creds, mailboxId: 'other' }, 'm1');
    expect(getMessage).toHaveBeenCalledTimes(2);
  });

  it('keeps every email of a wide worker between its stages (thousands in flight)', async () => {
    const { cache, getMessage } = cacheOverFakeGmail();
    for (let i = 0; i < 3_000; i++) await cache.get(creds, `m${i}`, { fresh: true });
    for (let i = 0; i < 3_000; i++) await cache.get(creds, `m${i}`);
    expect(getMessage).toHaveBeenCalledTimes(3_000);
  });

  it('bounds its memory by size: large messages push the oldest out', async () => {
    const big = 'x'.repeat(200_000);
    const { cache, getMessage } = cacheOverFakeGmail(big);
    for (let i = 0; i < 200; i++) await cache.get(creds, `m${i}`, { fresh: true });
    const bytes = approximateBytes(aParsedEmail({ text: big }));
    const kept = Math.floor((32 * 1024 * 1024) / bytes);
    expect(kept).toBeLessThan(200);
    // The newest `kept` are served from memory, the one before them is fetched again.
    for (let i = 200 - kept; i < 200; i++) await cache.get(creds, `m${i}`);
    expect(getMessage).toHaveBeenCalledTimes(200);
    await cache.get(creds, `m${199 - kept}`);
    expect(getMessage).toHaveBeenCalledTimes(201);
  });
});

describe('approximateBytes', () => {
  it('counts the strings a message holds, two bytes a character, plus a fixed overhead', () => {
    const small = approximateBytes(aParsedEmail({ text: '' }));
    expect(approximateBytes(aParsedEmail({ text: 'x'.repeat(1_000) }))).toBe(small + 2_000);
    expect(small).toBeGreaterThan(1_024);
  });
});
