import { describe, expect, it } from 'vitest';
import { ErrorCodes } from '../../src/core/errors/app-error.js';
import { DraftComposer } from '../../src/modules/gmail/draft-composer.js';
import { gmailMessage } from '../fakes/gmail/gmail-message.builder.js';
import { caught, useGmailAdapterHarness } from './gmail-adapter.harness.js';

// Writes, OAuth and watch through the real googleapis client (see the harness).
const { fake, makeAdapter, newMailbox } = useGmailAdapterHarness();

describe('GmailGoogleapisAdapter against the Gmail fake: drafts, auth, watch', () => {
  it('creates a draft in the original thread with the marker, updates it, and sees it vanish when sent', async () => {
    const gmail = makeAdapter();
    const composer = new DraftComposer();
    const creds = newMailbox();
    const original = fake.deliver(creds.emailAddress, {
      subject: 'Контракт',
      messageId: '<orig@example.org>',
      references: '<root@example.org>',
    });
    const parsed = await gmail.getMessage(creds, original.id);
    const raw = await composer.compose({
      from: { address: creds.emailAddress },
      to: [parsed.from!],
      originalSubject: parsed.subject,
      originalMessageId: parsed.headers['message-id'],
      originalReferences: parsed.headers.references,
      marker: 'task-1',
      text: 'Спасибо, получил.',
    });
    const created = await gmail.createDraft(creds, { threadId: original.threadId, raw });
    expect(created.threadId).toBe(original.threadId);
    const post = fake.requests
      .filter((r) => r.method === 'POST' && r.path.endsWith('/drafts'))
      .at(-1)!;
    expect(post.path).toBe('/gmail/v1/users/me/drafts'); // JSON body, not the /upload/ media route
    expect(post.body).toMatchObject({ message: { threadId: original.threadId } });

    const meta = await gmail.getThreadMetadata(creds, original.threadId, [
      'X-AI-Assistant-Marker',
      'Subject',
    ]);
    expect(meta.map((m) => m.id)).toEqual([original.id, created.messageId]);
    expect(meta[1]).toMatchObject({
      labelIds: ['DRAFT'],
      headers: { 'x-ai-assistant-marker': 'task-1' },
    });
    expect(Object.keys(meta[1]!.headers).sort()).toEqual(['subject', 'x-ai-assistant-marker']);
    const stored = await gmail.getMessage(creds, created.messageId);
    expect(stored.text.trim()).toBe('Спасибо, получил.');
    expect(stored.subject).toBe('Re: Контракт');

    const updated = await gmail.updateDraft(creds, created.draftId, {
      threadId: original.threadId,
      raw: raw.replace('task-1', 'task-2'),
    });
    expect(updated.draftId).toBe(created.draftId);
    expect(updated.messageId).not.toBe(created.messageId);
    expect(await gmail.getDraft(creds, created.draftId)).toEqual(updated);
    expect(await gmail.listDrafts(creds)).toEqual([updated]);

    fake.sendDraft(created.draftId);
    expect(await gmail.getDraft(creds, created.draftId)).toBeNull();
    expect(await gmail.listDrafts(creds)).toEqual([]);
  });

  it('puts a draft whose headers do not point into the requested thread into a new thread, like Gmail', async () => {
    const gmail = makeAdapter();
    const creds = newMailbox();
    const original = fake.deliver(creds.emailAddress, { subject: 'Topic A' });
    const draft = await gmail.createDraft(creds, {
      threadId: original.threadId,
      raw: gmailMessage({ subject: 'Unrelated' }),
    });
    expect(draft.threadId).not.toBe(original.threadId);
  });

  it('follows every page of drafts', async () => {
    const gmail = makeAdapter();
    const creds = newMailbox();
    const mailbox = fake.mailbox(creds.emailAddress);
    for (let i = 0; i < 501; i++)
      mailbox.createDraft(Buffer.from(gmailMessage({ subject: `d${i}` })));
    const before = fake.count('GET /gmail/v1/users/me/drafts');
    expect(await gmail.listDrafts(creds)).toHaveLength(501);
    expect(fake.count('GET /gmail/v1/users/me/drafts') - before).toBe(2);
  });

  it('reports a revoked grant as GMAIL_AUTH_REVOKED, also when a cached access token stops working', async () => {
    const gmail = makeAdapter();
    const fresh = newMailbox();
    fake.revoke(fresh.refreshToken);
    const error = await caught(gmail.getProfile(fresh));
    expect(error.code).toBe(ErrorCodes.GMAIL_AUTH_REVOKED);
    expect(error.retryable).toBe(false);

    const cached = newMailbox();
    await gmail.getProfile(cached);
    fake.revoke(cached.refreshToken);
    const later = await caught(gmail.getProfile(cached));
    expect(later.code).toBe(ErrorCodes.GMAIL_AUTH_REVOKED);
  });

  it('watches with the INBOX filter and stops', async () => {
    const gmail = makeAdapter();
    const creds = newMailbox();
    const result = await gmail.watch(creds, 'projects/p/topics/gmail');
    expect(result.historyId).toBe(fake.historyId(creds.emailAddress));
    expect(result.expiration.getTime()).toBeGreaterThan(Date.now() + 6 * 24 * 3_600_000);
    expect(fake.mailbox(creds.emailAddress).watch).toMatchObject({
      topicName: 'projects/p/topics/gmail',
      labelIds: ['INBOX'],
    });
    await gmail.stop(creds);
    expect(fake.mailbox(creds.emailAddress).watch).toBeUndefined();
    const bad = await caught(gmail.watch(creds, 'not-a-topic'));
    expect(bad).toMatchObject({ code: ErrorCodes.GMAIL_BAD_REQUEST, retryable: false });
  });
});
