import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gmailMessage } from '../fakes/gmail/gmail-message.builder.js';
import { GmailFake } from '../fakes/gmail/gmail.fake.js';

// The Gmail fake's own contract, over plain HTTP (no googleapis), so a drift from Gmail's shapes shows here.
const fake = new GmailFake({ clientId: 'cid', clientSecret: 'secret' });

async function token(refreshToken: string, clientSecret = 'secret') {
  const body = new URLSearchParams({
    grant_type: 'refresh_token',
    refresh_token: refreshToken,
    client_id: 'cid',
    client_secret: clientSecret,
  });
  const res = await fetch(fake.tokenUrl, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function api(accessToken: string, path: string, init: RequestInit = {}) {
  const res = await fetch(`${fake.rootUrl}gmail/v1/users/me/${path}`, {
    ...init,
    headers: {
      authorization: `Bearer ${accessToken}`,
      'content-type': 'application/json',
      ...(init.headers ?? {}),
    },
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Record<string, any>) : undefined };
}

describe('GmailFake', () => {
  let access: string;
  let refresh: string;
  const email = 'owner@example.com';

  beforeAll(async () => {
    await fake.start();
    refresh = fake.addMailbox(email).refreshToken;
    access = (await token(refresh)).body.access_token as string;
  });
  afterAll(() => fake.stop());

  it('serves the OAuth token endpoint with OAuth error bodies', async () => {
    expect(await token(refresh)).toMatchObject({
      status: 200,
      body: { token_type: 'Bearer', expires_in: 3599 },
    });
    expect(await token(refresh, 'wrong')).toMatchObject({
      status: 401,
      body: { error: 'invalid_client' },
    });
    expect(await token('unknown')).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
    expect((await api('nope', 'profile')).status).toBe(401);
  });

  it('threads replies by References and subject, and records string history ids', async () => {
    const first = fake.deliver(email, { subject: 'Plan', messageId: '<p1@x>' });
    const reply = fake.deliver(email, {
      subject: 'RE: Plan',
      inReplyTo: '<p1@x>',
      references: '<p1@x>',
    });
    const other = fake.deliver(email, { subject: 'Other topic', inReplyTo: '<p1@x>' });
    expect(reply.threadId).toBe(first.threadId);
    expect(other.threadId).not.toBe(first.threadId);
    expect(Number(reply.historyId)).toBeGreaterThan(Number(first.historyId) + 1); // non-contiguous
    const history = await api(access, `history?startHistoryId=${first.historyId}`);
    expect(history.body!.history.map((h: { id: unknown }) => typeof h.id)).toEqual([
      'string',
      'string',
    ]);
    expect(fake.threads(email).find((t) => t.id === first.threadId)?.messageIds).toEqual([
      first.id,
      reply.id,
    ]);
  });

  it('omits empty arrays and keeps drafts visible in history with the DRAFT label', async () => {
    const start = fake.historyId(email);
    expect((await api(access, `history?startHistoryId=${start}`)).body).toEqual({
      historyId: start,
    });
    const raw = Buffer.from(gmailMessage({ subject: 'draft' })).toString('base64url');
    const created = await api(access, 'drafts', {
      method: 'POST',
      body: JSON.stringify({ message: { raw } }),
    });
    expect(created.body).toMatchObject({
      id: expect.stringMatching(/^r\d+$/),
      message: { labelIds: ['DRAFT'] },
    });
    const all = await api(access, `history?startHistoryId=${start}`);
    expect(all.body!.history[0].messagesAdded[0].message.labelIds).toEqual(['DRAFT']);
    const inboxOnly = await api(
      access,
      `history?startHistoryId=${start}&labelId=INBOX&historyTypes=messageAdded`,
    );
    expect(inboxOnly.body!.history).toBeUndefined();
  });

  it('files spam without INBOX and hides it from messages.list', async () => {
    const spam = fake.deliver(email, {}, { spam: true });
    expect(fake.message(email, spam.id)?.labelIds).toEqual(['SPAM', 'UNREAD']);
    const list = await api(access, 'messages?maxResults=500');
    expect(list.body!.messages.map((m: { id: string }) => m.id)).not.toContain(spam.id);
  });

  it('gives an edited draft a new message id and turns a sent draft into a SENT message', async () => {
    const { id: threadMsg } = fake.deliver(email, {});
    const draft = fake.mailbox(email).createDraft(Buffer.from(gmailMessage({})), threadMsg);
    const edited = fake.simulateUserEdit(draft.id);
    expect(edited.id).toBe(draft.id);
    expect(fake.drafts(email).find((d) => d.id === draft.id)?.messageId).not.toBe(draft.messageId);
    const before = fake.historyId(email);
    const sent = fake.sendDraft(draft.id);
    expect(sent.labelIds).toEqual(['SENT']);
    // Gmail deletes the draft and adds a new message with a new id to the thread.
    const editedMessageId = edited.messageId;
    expect(sent.id).not.toBe(editedMessageId);
    expect(sent.threadId).toBe(edited.threadId);
    expect(fake.message(email, editedMessageId)).toBeUndefined();
    expect((await api(access, `drafts/${draft.id}`)).status).toBe(404);
    const history = await api(access, `history?startHistoryId=${before}`);
    expect(history.body!.history).toEqual([
      expect.objectContaining({
        messagesDeleted: [
          { message: { id: editedMessageId, threadId: sent.threadId, labelIds: ['DRAFT'] } },
        ],
      }),
      expect.objectContaining({
        messagesAdded: [{ message: { id: sent.id, threadId: sent.threadId, labelIds: ['SENT'] } }],
      }),
    ]);
  });

  it('sends a draft through drafts.send, and acts like the owner in the Gmail UI', async () => {
    const original = fake.deliver(email, {
      from: 'Dana <dana@customer.example>',
      subject: 'Question',
      text: 'When does it ship?',
      messageId: '<q-person@customer.example>',
    });
    const reply = (text: string) =>
      Buffer.from(
        gmailMessage({
          from: email,
          to: 'dana@customer.example',
          subject: 'Re: Question',
          inReplyTo: '<q-person@customer.example>',
          text,
        }),
      );
    const mb = fake.mailbox(email);
    const viaApi = mb.createDraft(reply('Tomorrow.'), original.threadId);
    const res = await api(access, 'drafts/send', {
      method: 'POST',
      body: JSON.stringify({ id: viaApi.id }),
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ threadId: original.threadId, labelIds: ['SENT'] });
    expect(res.body!.id).not.toBe(viaApi.messageId);
    expect(
      (
        await api(access, 'drafts/send', {
          method: 'POST',
          body: JSON.stringify({ id: viaApi.id }),
        })
      ).status,
    ).toBe(404);

    const person = fake.person(email);
    const toEdit = mb.createDraft(reply('Tomorrow morning.'), original.threadId);
    const edited = person.editAndSend(toEdit.id, (text) => `${text.trim()} Sorry for the wait.`);
    expect(edited.labelIds).toEqual(['SENT']);
    expect(edited.threadId).toBe(original.threadId);
    const editedText = edited.raw.toString('utf8');
    expect(editedText).toContain('Tomorrow morning. Sorry for the wait.');
    // Gmail quotes the mail answered below the reply.
    expect(editedText).toContain('> When does it ship?');

    const toDiscard = mb.createDraft(reply('Maybe.'), original.threadId);
    person.discardDraft(toDiscard.id);
    expect(mb.drafts.has(toDiscard.id)).toBe(false);
    expect(fake.message(email, toDiscard.messageId)).toBeUndefined();

    const toReplace = mb.createDraft(reply('Draft text.'), original.threadId);
    const own = person.replyInstead(toReplace.id, 'It left our warehouse today.');
    expect(mb.drafts.has(toReplace.id)).toBe(false);
    expect(own).toMatchObject({ threadId: original.threadId, labelIds: ['SENT'] });
    expect(own.raw.toString('utf8')).toContain('It left our warehouse today.');
  });

  it('injects faults with Google error bodies and Retry-After, then recovers', async () => {
    fake.failNext('GET /gmail/v1/users/me/profile', { status: 429, retryAfter: 3 });
    const res = await fetch(`${fake.rootUrl}gmail/v1/users/me/profile`, {
      headers: { authorization: `Bearer ${access}` },
    });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('3');
    expect(await res.json()).toMatchObject({
      error: { code: 429, status: 'RESOURCE_EXHAUSTED', errors: [{ reason: 'rateLimitExceeded' }] },
    });
    expect((await api(access, 'profile')).status).toBe(200);
  });

  it('serves format=full text bodies converted to UTF-8 or as sent, keeping the header charset', async () => {
    const spec = { charset: 'windows-1252', text: 'Communiqué “5 €”' };
    const body = async (id: string) => {
      const m = (await api(access, `messages/${id}?format=full`)).body!;
      expect(m.payload.headers).toContainEqual({
        name: 'Content-Type',
        value: 'text/plain; charset="windows-1252"',
      });
      return Buffer.from(m.payload.body.data as string, 'base64url');
    };
    const converted = fake.deliver(email, spec);
    const original = fake.deliver(email, spec, { textBodies: 'original' });
    expect((await body(converted.id)).toString('utf8')).toBe('Communiqué “5 €”');
    expect(await body(original.id)).toEqual(Buffer.from('Communiqu\xe9 \x935 \x80\x94', 'latin1'));
  });

  it('answers 404 for a startHistoryId below the floor', async () => {
    fake.setHistoryFloor(email, Number(fake.historyId(email)));
    expect((await api(access, 'history?startHistoryId=1')).status).toBe(404);
    fake.setHistoryFloor(email, 0);
  });
});
