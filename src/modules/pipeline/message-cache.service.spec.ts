import { createMock } from '@golevelup/ts-vitest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { aParsedEmail } from '../../../test/support/builders.js';
import type { GmailClient } from '../gmail/gmail-client.port.js';
import { MessageCache } from './message-cache.service.js';

const creds = { mailboxId: 'mb', emailAddress: 'mb@example.com', refreshToken: 'rt' };

function cacheOverFakeGmail() {
  let fetched = 0;
  const gmail = createMock<GmailClient>();
  gmail.getMessage.mockImplementation(async (_c, id) => {
    fetched++;
    return aParsedEmail({ id, subject: `fetch ${fetched}` });
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
});
