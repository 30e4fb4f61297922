import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { getToken } from '@willsoto/nestjs-prometheus';
import type { Counter } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Metric } from '../../src/core/metrics/metric-names.js';
import { DraftFeedbackService } from '../../src/modules/draft-feedback/draft-feedback.service.js';
import { eventually, http } from '../support/http.js';
import { PipelineRig } from '../support/pipeline-rig.js';

const sha = (key: string) => createHash('sha256').update(key).digest('hex');
const VIEWER = `v-${randomBytes(12).toString('hex')}`;

let seq = 0;
const question = () => ({
  from: 'Dana Customer <dana@customer.example>',
  subject: `Order ${++seq}: invoice and delivery date?`,
  text: `Hello,\n\nCould you please send me the invoice for order ${seq}? Also, when will the order ship?\n\nThanks,\nDana`,
  messageId: `<fb-${randomUUID()}@customer.example>`,
});

interface FeedbackRow {
  outcome: string;
  similarity: number | null;
  sent_message_id: string | null;
}

/**
 * Draft outcome feedback through the running app (role `all`, offline LLM), the Gmail fake and
 * the real pipeline: the owner sends, edits, discards and replaces drafts in the Gmail fake the
 * way a person would, and the service observes each outcome once, from the history syncs and
 * from the sweep.
 */
describe('draft outcome feedback', () => {
  const rig = new PipelineRig();

  beforeAll(async () => {
    await rig.start({ ADMIN_API_KEYS: `viewer:${sha(VIEWER)}` });
  });
  afterAll(async () => rig.stop());

  const drafted = async (address: string) => {
    const msg = await rig.receive(address, question());
    const row = await rig.settled(msg.id);
    expect(row).toMatchObject({ status: 'completed', category: 'needs_reply' });
    const [r] = await rig
      .db()
      .query('SELECT id FROM ai_responses WHERE task_id = $1', [row.task_id]);
    return { msg, draftId: row.draft_id!, responseId: r.id as number };
  };
  const feedback = async (responseId: number): Promise<FeedbackRow | undefined> =>
    (
      await rig
        .db()
        .query(
          'SELECT outcome, similarity, sent_message_id FROM draft_feedback WHERE ai_response_id = $1',
          [responseId],
        )
    )[0];
  const feedbackCount = async (mailboxId: string): Promise<number> =>
    (
      await rig
        .db()
        .query('SELECT count(*)::int AS n FROM draft_feedback WHERE mailbox_id = $1', [mailboxId])
    )[0].n;
  /** A push at Gmail's current history id, and the sync it causes, run to its end. */
  const synced = async (address: string, mailboxId: string) => {
    const historyId = rig.gmail.historyId(address);
    const res = await rig.push(address, historyId);
    expect(res.status).toBe(204);
    await eventually(async () => {
      const [m] = await rig
        .db()
        .query('SELECT last_history_id FROM mailboxes WHERE id = $1', [mailboxId]);
      return m.last_history_id === historyId;
    });
  };
  const counted = async (outcome: string) => {
    const counter = rig.t.app.get<Counter<string>>(getToken(Metric.DraftOutcomes));
    const values = (await counter.get()).values;
    return values
      .filter((v) => v.labels.outcome === outcome && v.labels.provider === 'offline')
      .reduce((sum, v) => sum + v.value, 0);
  };
  const api = (path: string) =>
    http('GET', `${rig.t.url}/api/v1/mailboxes/${path}`, { headers: { 'x-api-key': VIEWER } });

  it('observes each outcome once, from history and the sweep, and reports the figures', async () => {
    const mb = await rig.mailbox();
    const address = mb.emailAddress;
    const sent = await drafted(address);
    const edited = await drafted(address);
    const discarded = await drafted(address);
    const replaced = await drafted(address);
    const lingering = await drafted(address);
    const silentlyDiscarded = await drafted(address);
    const silentlySent = await drafted(address);
    const start = rig.gmail.historyId(address);
    const gmailCalls = (pattern: string) => rig.gmail.count(pattern);
    const draftGets = gmailCalls('GET /gmail/v1/users/me/drafts/*');

    const person = rig.gmail.person(address);
    person.sendDraft(sent.draftId);
    person.editAndSend(edited.draftId, (text) =>
      text.replace('Dana', 'Dana, thank you for your patience.'),
    );
    person.discardDraft(discarded.draftId);
    const own = person.replyInstead(
      replaced.draftId,
      'Hi Dana, I rang the warehouse myself: the parcel leaves on Tuesday. Sam',
    );
    await synced(address, mb.id);

    await eventually(async () => (await feedbackCount(mb.id)) === 4);
    expect(await feedback(sent.responseId)).toMatchObject({
      outcome: 'sent_unchanged',
      similarity: 1,
    });
    const edit = (await feedback(edited.responseId))!;
    expect(edit.outcome).toBe('sent_edited');
    expect(edit.similarity).toBeGreaterThan(0.5);
    expect(edit.similarity).toBeLessThan(0.98);
    expect(await feedback(discarded.responseId)).toMatchObject({
      outcome: 'deleted',
      similarity: null,
    });
    const manual = (await feedback(replaced.responseId))!;
    expect(manual).toMatchObject({ outcome: 'manual_reply', sent_message_id: own.id });
    expect(manual.similarity).toBeLessThan(0.5);
    expect(await feedback(lingering.responseId)).toBeUndefined();
    // Only the discarded draft's thread needed drafts.get (5 units): nothing was sent there.
    expect(gmailCalls('GET /gmail/v1/users/me/drafts/*') - draftGets).toBe(1);

    // The same history again (a crash before the history id moved, or a redelivered push):
    // every outcome is final, nothing is fetched or counted twice.
    const messageGets = gmailCalls('GET /gmail/v1/users/me/messages/*');
    const before = {
      unchanged: await counted('sent_unchanged'),
      deleted: await counted('deleted'),
    };
    await rig.db().query('UPDATE mailboxes SET last_history_id = $1 WHERE id = $2', [start, mb.id]);
    await synced(address, mb.id);
    expect(await feedbackCount(mb.id)).toBe(4);
    expect(gmailCalls('GET /gmail/v1/users/me/messages/*')).toBe(messageGets);
    expect(await counted('sent_unchanged')).toBe(before.unchanged);
    expect(await counted('deleted')).toBe(before.deleted);

    // The sweep: a draft discarded and one sent with no sync since (a push lost), and one left
    // for longer than 7 days.
    person.discardDraft(silentlyDiscarded.draftId);
    person.sendDraft(silentlySent.draftId);
    await rig
      .db()
      .query(
        `UPDATE ai_responses SET reply_generated_at = now() - interval '8 days' WHERE id = $1`,
        [lingering.responseId],
      );
    const sweeps = rig.t.app.get(DraftFeedbackService);
    const lists = gmailCalls('GET /gmail/v1/users/me/drafts');
    const threadGets = gmailCalls('GET /gmail/v1/users/me/threads/*');
    expect(await sweeps.sweep(mb.id)).toBe(3);
    expect(gmailCalls('GET /gmail/v1/users/me/drafts') - lists).toBe(1);
    // Only the two vanished drafts' threads were read.
    expect(gmailCalls('GET /gmail/v1/users/me/threads/*') - threadGets).toBe(2);
    expect(await feedback(silentlyDiscarded.responseId)).toMatchObject({ outcome: 'deleted' });
    expect(await feedback(silentlySent.responseId)).toMatchObject({
      outcome: 'sent_unchanged',
      similarity: 1,
    });
    expect(await feedback(lingering.responseId)).toMatchObject({ outcome: 'pending' });
    // Nothing left to sweep: no Gmail call at all, nothing recorded again.
    expect(await sweeps.sweep(mb.id)).toBe(0);
    expect(gmailCalls('GET /gmail/v1/users/me/drafts') - lists).toBe(1);

    // A pending draft sent later is upgraded by the next sync.
    person.sendDraft(lingering.draftId);
    await synced(address, mb.id);
    await eventually(
      async () => (await feedback(lingering.responseId))?.outcome === 'sent_unchanged',
    );

    expect(await counted('sent_unchanged')).toBe(3);
    expect(await counted('sent_edited')).toBe(1);
    expect(await counted('manual_reply')).toBe(1);
    expect(await counted('deleted')).toBe(2);
    expect(await counted('pending')).toBe(1);
    const scrape = await http('GET', `${rig.t.url}/api/metrics`);
    expect(scrape.text).toContain(
      'draft_outcomes_total{outcome="sent_edited",category="needs_reply",provider="offline",model="offline"} 1',
    );
    expect(scrape.text).toMatch(
      /draft_edit_similarity_count\{category="needs_reply",provider="offline",model="offline"\} 4/,
    );

    // Retention prunes generated replies: the outcomes and figures stay.
    await rig
      .db()
      .query(
        'UPDATE ai_responses SET generated_reply = NULL, reasoning = NULL WHERE mailbox_id = $1',
        [mb.id],
      );
    const res = await api(`${mb.id}/feedback?days=30`);
    expect(res.status).toBe(200);
    const outcomes = {
      sent_unchanged: 3,
      sent_edited: 1,
      manual_reply: 1,
      deleted: 2,
      pending: 0,
    };
    const meanSimilarity = Math.round(((3 + edit.similarity!) / 4) * 1000) / 1000;
    expect(res.body).toMatchObject({
      mailbox_id: mb.id,
      days: 30,
      drafts: 7,
      awaiting_outcome: 0,
      outcomes,
      acceptance_rate: 0.571,
      mean_similarity: meanSimilarity,
      by_category: [
        {
          category: 'needs_reply',
          drafts: 7,
          outcomes,
          acceptance_rate: 0.571,
          mean_similarity: meanSimilarity,
        },
      ],
    });
    // Over time: per UTC day the drafts were written; the draft from 8 days ago has its own.
    const [old] = await rig
      .db()
      .query('SELECT reply_generated_at AS at FROM ai_responses WHERE id = $1', [
        lingering.responseId,
      ]);
    const oldDay = (old.at as Date).toISOString().slice(0, 10);
    const byDay = res.body.by_day as { date: string; drafts: number; similarity_count: number }[];
    expect(byDay[0]).toEqual({
      date: oldDay,
      drafts: 1,
      outcomes: { sent_unchanged: 1, sent_edited: 0, manual_reply: 0, deleted: 0, pending: 0 },
      acceptance_rate: 1,
      mean_similarity: 1,
      similarity_count: 1,
    });
    expect(byDay.map((d) => d.date)).toEqual([...byDay.map((d) => d.date)].sort());
    expect(byDay.slice(1).every((d) => d.date > oldDay)).toBe(true);
    expect(byDay.reduce((n, d) => n + d.drafts, 0)).toBe(7);
    expect(byDay.reduce((n, d) => n + d.similarity_count, 0)).toBe(4);
    // A window that ends before that draft leaves its day out.
    const recent = await api(`${mb.id}/feedback?days=7`);
    expect(recent.body.by_day.map((d: { date: string }) => d.date)).not.toContain(oldDay);
    expect(recent.body.drafts).toBe(6);
    expect((await api(`${randomUUID()}/feedback`)).status).toBe(404);
    expect((await api(`${mb.id}/feedback?days=0`)).status).toBe(400);
  });
});
