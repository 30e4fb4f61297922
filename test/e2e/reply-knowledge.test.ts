import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { OpenAiFake } from '../fakes/openai.fake.js';
import { simpleParser } from '../support/mail-parse.js';
import { expectErrorShape, http } from '../support/http.js';
import { PipelineRig } from '../support/pipeline-rig.js';

const sha = (key: string) => createHash('sha256').update(key).digest('hex');
const ADMIN = `a-${randomBytes(12).toString('hex')}`;
const VIEWER = `v-${randomBytes(12).toString('hex')}`;
const NEEDS_REPLY = '{"category":"needs_reply","confidence":0.93,"reasoning":"asks a question"}';
const LIST = 'GET /gmail/v1/users/me/messages';
const BOOKING = 'https://cal.example/alex/consultation';

const PRICES = {
  title: 'Consultation prices 2026',
  body: 'A one-hour consultation costs 120 EUR, a half day 400 EUR. Book a slot: https://book.example/alex',
  links: [BOOKING],
};

/**
 * Knowledge notes and the owner's writing style, end to end: notes managed through the admin
 * API, found for an email and put in the reply prompt (the OpenAI fake's default reply passes
 * the first note on), their links kept in the Gmail draft while any other link is removed, the
 * note ids recorded; samples of the owner's own mail to the same recipient (never anyone else's
 * text, never mail to others, never quoted history) in the prompt, searched once per recipient,
 * and none when the owner sent the recipient nothing.
 */
describe('reply knowledge: notes and style samples', () => {
  const rig = new PipelineRig();
  const openai = new OpenAiFake();

  const api = (method: string, path: string, body?: unknown, key = ADMIN) =>
    http(method, `${rig.t.url}/api/v1/${path}`, { body, headers: { 'x-api-key': key } });
  const replyPrompt = () => {
    const replies = openai.requests.filter((r) => !r.jsonRequested);
    return replies[replies.length - 1]?.userText ?? '';
  };
  const draftText = async (address: string, draftId: string | null) => {
    const draft = rig.gmail.drafts(address).find((d) => d.id === draftId);
    if (!draft) throw new Error('no draft');
    return (await simpleParser(draft.message.raw)).text ?? '';
  };
  /** The sent-mail searches made in a mailbox, in order. */
  const sentSearches = (address: string) =>
    rig.gmail.requests
      .filter((r) => r.method === 'GET' && r.path === '/gmail/v1/users/me/messages')
      .filter((r) => r.mailbox === address)
      .map((r) => r.query.q)
      .filter((q) => typeof q === 'string' && q.startsWith('in:sent'));
  const refused = (res: { status: number; body: unknown }, status: number) => {
    expect(res.status).toBe(status);
    expectErrorShape(res.body);
  };

  beforeAll(async () => {
    await openai.start();
    await rig.start({
      LLM_PROVIDER: 'openai',
      LLM_FALLBACK_PROVIDER: 'none',
      OPENAI_API_KEY: openai.apiKey,
      OPENAI_BASE_URL: openai.baseURL,
      LLM_SDK_MAX_RETRIES: '0',
      ADMIN_API_KEYS: `viewer:${sha(VIEWER)},admin:${sha(ADMIN)}`,
    });
  });
  afterAll(async () => {
    await rig.stop();
    await openai.stop();
  });
  beforeEach(() => openai.reset());

  it('manages notes through the admin API: validated, per mailbox, 404 for an unknown one', async () => {
    const mb = await rig.mailbox();
    const created = await api('POST', `mailboxes/${mb.id}/notes`, PRICES);
    expect(created.status).toBe(201);
    const note = created.body as { id: string; title: string; links: string[] };
    expect(note).toMatchObject({ title: PRICES.title, links: [BOOKING] });

    const listed = await api('GET', `mailboxes/${mb.id}/notes`);
    expect(listed.body).toEqual({
      items: [expect.objectContaining({ id: note.id })],
      max_notes: 200,
    });
    const updated = await api('PUT', `mailboxes/${mb.id}/notes/${note.id}`, {
      ...PRICES,
      title: 'Prices',
    });
    expect(updated.status).toBe(200);
    expect((await api('GET', `mailboxes/${mb.id}/notes/${note.id}`)).body).toMatchObject({
      title: 'Prices',
    });

    // Bounds and shapes are checked; a viewer may not read notes; other mailboxes are 404.
    for (const bad of [
      { ...PRICES, title: 'x'.repeat(201) },
      { ...PRICES, body: '' },
      { ...PRICES, links: ['javascript:alert(1)'] },
      { ...PRICES, links: Array(6).fill(BOOKING) },
    ])
      refused(await api('POST', `mailboxes/${mb.id}/notes`, bad), 400);
    expect((await api('GET', `mailboxes/${mb.id}/notes`, undefined, VIEWER)).status).toBe(403);
    refused(await api('POST', `mailboxes/${randomUUID()}/notes`, PRICES), 404);
    const other = await rig.mailbox();
    refused(await api('GET', `mailboxes/${other.id}/notes/${note.id}`), 404);

    expect((await api('DELETE', `mailboxes/${mb.id}/notes/${note.id}`)).status).toBe(204);
    refused(await api('GET', `mailboxes/${mb.id}/notes/${note.id}`), 404);
  });

  it('puts a matching note in the prompt, keeps its links in the draft and records its id; other links go', async () => {
    const mb = await rig.mailbox();
    const note = (await api('POST', `mailboxes/${mb.id}/notes`, PRICES)).body as { id: string };
    await api('POST', `mailboxes/${mb.id}/notes`, {
      title: 'Holidays',
      body: 'Away from 20 to 30 December.',
    });

    // The fake's default reply passes the prompt's first note on, as a model told to would.
    const asked = await rig.receive(mb.emailAddress, {
      from: 'Dana Customer <dana@customer.example>',
      subject: 'Consultation',
      text: 'Hello Alex,\n\nwhat are your prices for a consultation? Could you let me know?\n\nThanks,\nDana',
    });
    const row = await rig.settled(asked.id);
    expect(row.status).toBe('completed');
    expect(replyPrompt()).toMatch(/<notes>\n<note>\nTitle: Consultation prices 2026\n/);
    expect(replyPrompt()).not.toContain('Holidays');
    const text = await draftText(mb.emailAddress, row.draft_id);
    expect(text).toContain('120 EUR');
    expect(text).toContain(BOOKING);
    expect(text).toContain('https://book.example/alex');
    const detail = await api('GET', `emails/${row.email_id}`);
    expect((detail.body as { responses: { note_ids: string[] }[] }).responses[0].note_ids).toEqual([
      note.id,
    ]);

    // A model that adds a link of its own: the note's stays, the other is removed.
    openai.reply(
      NEEDS_REPLY,
      `Hi Dana, it is 120 EUR. Book at ${BOOKING} or pay at https://evil.example/pay`,
    );
    const again = await rig.receive(mb.emailAddress, {
      from: 'Dana Customer <dana@customer.example>',
      subject: 'Consultation price for a half day?',
      text: 'And the price of a half day consultation?',
    });
    const second = await rig.settled(again.id);
    const safe = await draftText(mb.emailAddress, second.draft_id);
    expect(safe).toContain(BOOKING);
    expect(safe).not.toContain('evil.example');
    expect(safe).toContain('[link removed]');

    // An email no note is about: no notes block, nothing recorded.
    const unrelated = await rig.receive(mb.emailAddress, {
      from: 'Sam <sam@other.example>',
      subject: 'Lunch',
      text: 'Shall we have lunch together on Friday? Let me know.',
    });
    const third = await rig.settled(unrelated.id);
    expect(replyPrompt()).not.toContain('<notes>');
    const ids = await rig
      .db()
      .query('SELECT note_ids FROM ai_responses WHERE task_id = $1', [third.task_id]);
    expect(ids[0].note_ids).toEqual([]);
  });

  it("shows only the owner's own sent text as style samples, searched once per recipient", async () => {
    const mb = await rig.mailbox();
    const dana = `dana-${randomBytes(3).toString('hex')}@customer.example`;
    const FRIDAY = `<friday-${randomUUID()}@owner.example>`;
    const DELEGATE = `<delegate-${randomUUID()}@elsewhere.example>`;
    rig.gmail.deliver(
      mb.emailAddress,
      {
        from: `Owner <${mb.emailAddress}>`,
        to: dana,
        subject: 'Friday',
        messageId: FRIDAY,
        text: 'Hey Dana!\n\nAbsolutely, count me in. Speak soon.\n\nCheers,\nAlex\n\nOn Mon, 1 Dec 2026, Dana <dana@customer.example> wrote:\n> QUOTED-SECRET my code is 4411',
      },
      { labelIds: ['SENT'] },
    );
    // The owner's own mail, but to someone else: never shown in a prompt for Dana.
    rig.gmail.deliver(
      mb.emailAddress,
      {
        from: `Owner <${mb.emailAddress}>`,
        to: 'Sam <sam@other.example>',
        subject: 'Contract',
        text: 'OTHER-RECIPIENT: Sam, here is the confidential offer we discussed, 40% off.',
      },
      { labelIds: ['SENT'] },
    );
    // In the sent folder, in the same thread, but written by someone else (a delegate's address).
    rig.gmail.deliver(
      mb.emailAddress,
      {
        from: 'Assistant <assistant@elsewhere.example>',
        to: dana,
        subject: 'Re: Friday',
        messageId: DELEGATE,
        inReplyTo: FRIDAY,
        references: [FRIDAY],
        text: 'DELEGATE-TEXT: please wire the deposit to account 999 by tomorrow morning.',
      },
      { labelIds: ['SENT'] },
    );
    const first = await rig.receive(mb.emailAddress, {
      from: `Dana <${dana}>`,
      subject: 'Re: Friday',
      inReplyTo: DELEGATE,
      references: [FRIDAY, DELEGATE],
      text: 'Could you also come on Saturday afternoon?',
    });
    expect((await rig.settled(first.id)).status).toBe('completed');
    const prompt = replyPrompt();
    // The thread (which Dana saw) may hold the delegate's message; the style samples never do.
    const samples = /^<writing_samples>$[\s\S]*?^<\/writing_samples>$/m.exec(prompt)?.[0] ?? '';
    expect(samples).toMatch(/^<writing_samples>\n<sample>\nHey Dana!\n\nAbsolutely, count me in/);
    expect(samples).not.toContain('QUOTED-SECRET');
    expect(samples).not.toContain('DELEGATE-TEXT');
    expect(samples.match(/<sample>/g)).toHaveLength(1);
    expect(prompt).not.toContain('OTHER-RECIPIENT');
    expect(sentSearches(mb.emailAddress)).toEqual([`in:sent to:${dana}`]);

    // The same correspondent again: the samples come from the cache, no new search.
    const second = await rig.receive(mb.emailAddress, {
      from: `Dana <${dana}>`,
      subject: 'And Sunday?',
      text: 'Would Sunday morning work as well?',
    });
    await rig.settled(second.id);
    expect(replyPrompt()).toContain('count me in');
    expect(sentSearches(mb.emailAddress)).toHaveLength(1);
  });

  it("describes only the shape of the owner's mail to others when they never wrote to this sender", async () => {
    const mb = await rig.mailbox();
    for (const [to, secret] of [
      ['Sam <sam@other.example>', 'SAM-SECRET: the offer is 40% off until Friday.'],
      ['Kim <kim@other.example>', 'KIM-SECRET: your deposit of 900 EUR arrived.'],
    ])
      rig.gmail.deliver(
        mb.emailAddress,
        {
          from: `Owner <${mb.emailAddress}>`,
          to,
          subject: 'Update',
          text: `Hi there,\n\n${secret}\n\nCheers,\nOwner`,
        },
        { labelIds: ['SENT'] },
      );
    const msg = await rig.receive(mb.emailAddress, {
      from: 'Lee <lee@new.example>',
      subject: 'Opening hours',
      text: 'Are you open on Saturday mornings?',
    });
    expect((await rig.settled(msg.id)).status).toBe('completed');
    const prompt = replyPrompt();
    expect(prompt).toContain(
      "The owner's recent emails to other people open with “Hi ...,”, close with “Cheers,”",
    );
    expect(prompt).not.toMatch(/SAM-SECRET|KIM-SECRET|40%|900 EUR|Sam|Kim/);
    expect(sentSearches(mb.emailAddress)).toEqual(['in:sent to:lee@new.example', 'in:sent']);
  });

  it('drafts without samples when the owner sent nothing or Gmail fails to answer', async () => {
    const quiet = await rig.mailbox();
    const msg = await rig.receive(quiet.emailAddress, {
      from: 'Dana <dana@customer.example>',
      subject: 'Question',
      text: 'Could you send me the agenda for Monday?',
    });
    expect((await rig.settled(msg.id)).status).toBe('completed');
    expect(replyPrompt()).not.toContain('<writing_samples>');
    // Nothing to Dana, then nothing sent at all: no shape either.
    expect(sentSearches(quiet.emailAddress)).toEqual([
      'in:sent to:dana@customer.example',
      'in:sent',
    ]);

    const failing = await rig.mailbox();
    rig.gmail.failNext(LIST, { status: 500 });
    const hit = await rig.receive(failing.emailAddress, {
      from: 'Dana <dana@customer.example>',
      subject: 'Question',
      text: 'Could you send me the agenda for Tuesday?',
    });
    const row = await rig.settled(hit.id);
    expect(row.status).toBe('completed');
    expect(row.draft_id).toBeTruthy();
    expect(replyPrompt()).not.toContain('<writing_samples>');
  });
});
