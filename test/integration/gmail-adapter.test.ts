import { describe, expect, it } from 'vitest';
import { ErrorCodes } from '../../src/core/errors/app-error.js';
import { gmailMessage } from '../fakes/gmail/gmail-message.builder.js';
import { caught, useGmailAdapterHarness } from './gmail-adapter.harness.js';

// Reads and error handling through the real googleapis client (see the harness).
const { fake, makeAdapter, metric, newMailbox } = useGmailAdapterHarness();

describe('GmailGoogleapisAdapter against the Gmail fake', () => {
  it('gets the profile, refreshing the access token once through the token endpoint', async () => {
    const gmail = makeAdapter();
    const creds = newMailbox();
    fake.deliver(creds.emailAddress, {});
    const before = fake.count('POST /token');
    const profile = await gmail.getProfile(creds);
    await gmail.getProfile(creds);
    expect(profile).toEqual({
      emailAddress: creds.emailAddress,
      historyId: fake.historyId(creds.emailAddress),
    });
    expect(typeof profile.historyId).toBe('string');
    expect(fake.count('POST /token') - before).toBe(1);
    const tokenRequest = fake.requests.filter((r) => r.path === '/token').at(-1)!;
    expect(tokenRequest.body).toMatchObject({
      grant_type: 'refresh_token',
      client_secret: 'test-secret',
      refresh_token: creds.refreshToken,
    });
    expect(await metric('gmail_api_calls_total', { endpoint: 'getProfile', status: '200' })).toBe(
      2,
    );
    expect(await metric('gmail_api_quota_units_total', { endpoint: 'getProfile' })).toBe(2);
  });

  it('gets and parses multipart/alternative, non-UTF-8 and attachment mail', async () => {
    const gmail = makeAdapter();
    const creds = newMailbox();
    const alt = fake.deliver(creds.emailAddress, {
      subject: 'Lunch?',
      text: 'Plain body',
      html: '<p>HTML body</p>',
    });
    const koi = fake.deliver(creds.emailAddress, {
      charset: 'koi8-r',
      subject: 'Счёт',
      text: 'Добрый день!',
      transferEncoding: 'base64',
    });
    const att = fake.deliver(creds.emailAddress, {
      text: 'See attached',
      attachments: [
        { filename: 'report.pdf', contentType: 'application/pdf', content: Buffer.alloc(2048, 3) },
      ],
    });

    const a = await gmail.getMessage(creds, alt.id);
    expect(a).toMatchObject({
      id: alt.id,
      threadId: alt.threadId,
      subject: 'Lunch?',
      fromHtml: false,
    });
    expect(a.text.trim()).toBe('Plain body');
    expect(a.labelIds).toEqual(expect.arrayContaining(['INBOX', 'UNREAD']));
    expect(a.from).toEqual({ name: 'Bob Sender', address: 'bob@example.org' });
    const k = await gmail.getMessage(creds, koi.id);
    expect(k.subject).toBe('Счёт');
    expect(k.text.trim()).toBe('Добрый день!');
    const t = await gmail.getMessage(creds, att.id);
    expect(t.attachments).toEqual([
      { filename: 'report.pdf', mimeType: 'application/pdf', size: 2048 },
    ]);
    expect(
      fake.requests.find((r) => r.path === `/gmail/v1/users/me/messages/${alt.id}`)?.query,
    ).toMatchObject({ format: 'full' });

    const missing = await caught(gmail.getMessage(creds, 'ffffffffffffffff'));
    expect(missing.code).toBe(ErrorCodes.GMAIL_NOT_FOUND);
    expect(missing.retryable).toBe(false);
  });

  it('pages history, reporting every addition with its labels and every deletion', async () => {
    const gmail = makeAdapter();
    const creds = newMailbox();
    const start = fake.historyId(creds.emailAddress);
    const inbox = Array.from(
      { length: 503 },
      (_, i) => fake.deliver(creds.emailAddress, gmailMessage({ subject: `m${i}` })).id,
    );
    const spam = fake.deliver(creds.emailAddress, { subject: 'cheap pills' }, { spam: true });
    const draft = await gmail.createDraft(creds, {
      threadId: inbox[0]!,
      raw: gmailMessage({ subject: 'draft' }),
    });
    fake.mailbox(creds.emailAddress).deleteDraft(draft.draftId);

    const first = await gmail.listHistory(creds, start);
    expect(first.added).toHaveLength(500);
    expect(first.nextPageToken).toBeTruthy();
    const second = await gmail.listHistory(creds, start, first.nextPageToken);
    expect(second.nextPageToken).toBeUndefined();
    const added = [...first.added, ...second.added];
    // The sync keeps INBOX mail for the pipeline; the rest serves the draft outcomes.
    expect(added.map((a) => a.id)).toEqual([...inbox, spam.id, draft.messageId]);
    expect(added.at(-2)!.labelIds).toEqual(['SPAM', 'UNREAD']);
    expect(added.at(-1)!.labelIds).toEqual(['DRAFT']);
    expect(second.deleted).toEqual([
      { id: draft.messageId, threadId: draft.threadId, labelIds: ['DRAFT'] },
    ]);
    expect(second.historyId).toBe(fake.historyId(creds.emailAddress));
    const query = fake.requests
      .filter((r) => r.path === '/gmail/v1/users/me/history')
      .at(-1)!.query;
    expect(query).toEqual({
      historyTypes: ['messageAdded', 'messageDeleted'],
      maxResults: '500',
      startHistoryId: start,
      pageToken: first.nextPageToken,
    });

    const empty = await gmail.listHistory(creds, second.historyId);
    expect(empty).toEqual({
      added: [],
      deleted: [],
      nextPageToken: undefined,
      historyId: second.historyId,
    });
  });

  it('maps a 404 on a stale startHistoryId to GMAIL_HISTORY_EXPIRED', async () => {
    const gmail = makeAdapter();
    const creds = newMailbox();
    const old = fake.historyId(creds.emailAddress);
    fake.deliver(creds.emailAddress, {});
    fake.setHistoryFloor(creds.emailAddress, Number(old) + 1);
    const error = await caught(gmail.listHistory(creds, old));
    expect(error.code).toBe(ErrorCodes.GMAIL_HISTORY_EXPIRED);
    expect(error.retryable).toBe(false);
  });

  it('surfaces 429 with Retry-After as GMAIL_RATE_LIMITED without googleapis retrying behind our back', async () => {
    const gmail = makeAdapter();
    const creds = newMailbox();
    await gmail.getProfile(creds); // token already fetched, so only Gmail calls are counted below
    const before = fake.count('GET /gmail/v1/users/me/history');
    fake.failNext('GET /gmail/v1/users/me/history', { status: 429, retryAfter: 7, times: 5 });
    const error = await caught(gmail.listHistory(creds, '1'));
    expect(error.code).toBe(ErrorCodes.GMAIL_RATE_LIMITED);
    expect(error.retryable).toBe(true);
    expect(error.options.retryAfterSeconds).toBe(7);
    expect(fake.count('GET /gmail/v1/users/me/history') - before).toBe(1);
    expect(await metric('gmail_api_calls_total', { endpoint: 'history.list', status: '429' })).toBe(
      1,
    );
  });

  it('classifies 403 rate limits, 5xx, timeouts and dropped connections, each tried exactly once', async () => {
    const gmail = makeAdapter({ timeoutMs: 300 });
    const creds = newMailbox();
    const { id } = fake.deliver(creds.emailAddress, {});
    const path = `GET /gmail/v1/users/me/messages/${id}`;
    await gmail.getProfile(creds);
    const cases = [
      [{ status: 403, reason: 'userRateLimitExceeded' }, ErrorCodes.GMAIL_RATE_LIMITED, true],
      [{ status: 403, reason: 'insufficientPermissions' }, ErrorCodes.GMAIL_BAD_REQUEST, false],
      [{ status: 500 }, ErrorCodes.GMAIL_UNAVAILABLE, true],
      [{ status: 503 }, ErrorCodes.GMAIL_UNAVAILABLE, true],
      [{ status: 200, delayMs: 1_000 }, ErrorCodes.GMAIL_UNAVAILABLE, true],
      [{ status: 0, dropConnection: true }, ErrorCodes.GMAIL_UNAVAILABLE, true],
      [{ status: 400 }, ErrorCodes.GMAIL_BAD_REQUEST, false],
    ] as const;
    for (const [spec, code, retryable] of cases) {
      const before = fake.count(path);
      fake.failNext(path, spec);
      const error = await caught(gmail.getMessage(creds, id));
      expect({ spec, code: error.code, retryable: error.retryable }).toEqual({
        spec,
        code,
        retryable,
      });
      expect(fake.count(path) - before).toBe(1);
    }
    await new Promise((r) => setTimeout(r, 800)); // let the delayed fake answer drain
    await expect(gmail.getMessage(creds, id)).resolves.toMatchObject({ id });
  });

  it('lists INBOX messages newest first, following pages up to maxResults', async () => {
    const gmail = makeAdapter();
    const creds = newMailbox();
    const now = Date.now();
    const ids = [0, 1, 2].map(
      (i) => fake.deliver(creds.emailAddress, {}, { internalDate: now - 10_000 + i }).id,
    );
    fake.deliver(creds.emailAddress, {}, { spam: true });
    const refs = await gmail.listMessages(creds, {
      labelIds: ['INBOX'],
      maxResults: 10,
      query: 'newer_than:2d',
    });
    expect(refs.map((r) => r.id)).toEqual([...ids].reverse());
    expect(await gmail.listMessages(creds, { labelIds: ['INBOX'], maxResults: 2 })).toHaveLength(2);
  });
});
