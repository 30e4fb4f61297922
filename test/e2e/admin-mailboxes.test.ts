import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobQueueService } from '../../src/core/queue/job-queue.service.js';
import { JobName, QueueName } from '../../src/core/queue/queue.constants.js';
import { MailboxRepository } from '../../src/modules/persistence/repositories/mailbox.repository.js';
import { GmailFake } from '../fakes/gmail/gmail.fake.js';
import { startApp, TestApp } from '../support/app-harness.js';
import { expectErrorShape, http } from '../support/http.js';
import { seedMailbox, uniqueAddress } from '../support/seed.js';

const sha = (key: string) => createHash('sha256').update(key).digest('hex');
const VIEWER = `v-${randomBytes(12).toString('hex')}`;
const OPERATOR = `o-${randomBytes(12).toString('hex')}`;
const ADMIN = `a-${randomBytes(12).toString('hex')}`;

describe('mailboxes', () => {
  const gmail = new GmailFake();
  let t: TestApp;

  const get = (path: string, key = VIEWER) =>
    http('GET', `${t.url}${path}`, { headers: { 'x-api-key': key } });
  const post = (path: string, body?: unknown, key = OPERATOR) =>
    http('POST', `${t.url}${path}`, { body, headers: { 'x-api-key': key } });

  /** A mailbox connected in both the Gmail fake and the service. */
  async function connected(prefix = 'mb') {
    const address = uniqueAddress(prefix);
    const { refreshToken } = gmail.addMailbox(address);
    const mailbox = await seedMailbox(t.app, address, {
      refreshToken,
      historyId: gmail.historyId(address),
    });
    return { ...mailbox, refreshToken };
  }

  beforeAll(async () => {
    await gmail.start();
    t = await startApp({
      APP_ROLE: 'api',
      ADMIN_API_KEYS: `viewer:${sha(VIEWER)},operator:${sha(OPERATOR)},admin:${sha(ADMIN)}`,
      GMAIL_API_ROOT_URL: gmail.rootUrl,
      GOOGLE_OAUTH_TOKEN_URL: gmail.tokenUrl,
      GOOGLE_OAUTH_CLIENT_ID: 'client-id',
      GOOGLE_OAUTH_CLIENT_SECRET: 'client-secret',
      GMAIL_PUBSUB_TOPIC: 'projects/test/topics/gmail',
    });
  });
  afterAll(async () => {
    await t?.close();
    await gmail.stop();
  });

  it('lists mailboxes with explicit fields and never a token', async () => {
    const mb = await connected();
    const res = await get('/api/v1/mailboxes');
    expect(res.status).toBe(200);
    const item = res.body.items.find((m: { id: string }) => m.id === mb.id);
    expect(Object.keys(item).sort()).toEqual(
      [
        'created_at',
        'display_name',
        'email_address',
        'id',
        'last_history_id',
        'last_synced_at',
        'owner_id',
        'status',
        'status_reason',
        'updated_at',
        'watch_expires_at',
        'watch_renewed_at',
      ].sort(),
    );
    expect(item).toMatchObject({
      email_address: mb.emailAddress,
      status: 'active',
      last_history_id: gmail.historyId(mb.emailAddress),
    });
    const encrypted = await t.app.get(MailboxRepository).getEncryptedToken(mb.id);
    expect(res.text).not.toContain(encrypted!);
    expect(res.text).not.toContain(mb.refreshToken);
    for (const m of res.body.items as Record<string, unknown>[]) {
      expect(Object.keys(m).filter((k) => /token/i.test(k))).toEqual([]);
    }
  });

  it('renews the Gmail watch on request (admin)', async () => {
    const mb = await connected();
    const res = await post(`/api/v1/mailboxes/${mb.id}/watch`, undefined, ADMIN);
    expect(res.status).toBe(200);
    expect(new Date(res.body.watch_expires_at).getTime()).toBeGreaterThan(
      Date.now() + 6 * 24 * 3_600_000,
    );
    expect(res.body.watch_renewed_at).not.toBeNull();
    expect(gmail.mailbox(mb.emailAddress).watch?.topicName).toBe('projects/test/topics/gmail');
  });

  it('reports a revoked grant as a conflict (not as a bad API key) and flags the mailbox', async () => {
    const mb = await connected();
    gmail.revoke(mb.refreshToken);
    const res = await post(`/api/v1/mailboxes/${mb.id}/watch`, undefined, ADMIN);
    expect(res.status).toBe(409);
    expectErrorShape(res.body);
    expect(res.body.error.code).toBe('GMAIL_AUTH_REVOKED');
    expect((await t.app.get(MailboxRepository).findById(mb.id))?.status).toBe('needs_reauth');
    const resume = await post(`/api/v1/mailboxes/${mb.id}/resume`);
    expect(resume.status).toBe(409);
    expect(resume.body.error).toMatchObject({
      code: 'INVALID_MAILBOX_STATE',
      details: { status: 'needs_reauth' },
    });
  });

  it('pauses and resumes (idempotently); resuming queues a catch-up sync', async () => {
    const mb = await connected();
    const paused = await post(`/api/v1/mailboxes/${mb.id}/pause`);
    expect(paused.status).toBe(200);
    expect(paused.body).toMatchObject({
      id: mb.id,
      status: 'paused',
      status_reason: 'paused by operator',
    });
    expect((await post(`/api/v1/mailboxes/${mb.id}/pause`)).body.status).toBe('paused');
    const backfillWhilePaused = await post(`/api/v1/mailboxes/${mb.id}/backfill`, { days: 3 });
    expect(backfillWhilePaused.status).toBe(409);

    const resumed = await post(`/api/v1/mailboxes/${mb.id}/resume`, undefined, OPERATOR);
    expect(resumed.status).toBe(200);
    expect(resumed.body).toMatchObject({ status: 'active', status_reason: null });
    const syncQueue = t.app.get(JobQueueService).queues()[QueueName.Sync];
    const syncJobs = await syncQueue.getJobs(['waiting', 'delayed']);
    expect(syncJobs.some((j) => j.name === JobName.SyncMailbox && j.data.mailboxId === mb.id)).toBe(
      true,
    );
    expect((await post(`/api/v1/mailboxes/${mb.id}/resume`)).body.status).toBe('active');
  });

  it('queues a backfill on the batch queue', async () => {
    const mb = await connected();
    const res = await http('POST', `${t.url}/api/v1/mailboxes/${mb.id}/backfill`, {
      body: { days: 7 },
      headers: { 'x-api-key': OPERATOR, 'x-request-id': 'backfill-req-1' },
    });
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({
      mailbox_id: mb.id,
      days: 7,
      queue: 'batch',
      correlation_id: 'backfill-req-1',
    });
    const job = await t.app.get(JobQueueService).queues()[QueueName.Batch].getJob(res.body.job_id);
    expect(job?.name).toBe(JobName.Backfill);
    expect(job?.data).toEqual({ mailboxId: mb.id, days: 7, correlationId: 'backfill-req-1' });

    // Without X-Request-Id the job carries the id the response (and the request's logs) got.
    const anonymous = await post(`/api/v1/mailboxes/${mb.id}/backfill`, { days: 2 });
    expect(anonymous.status).toBe(202);
    expect(anonymous.body.correlation_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(anonymous.headers.get('x-request-id')).toBe(anonymous.body.correlation_id);
  });

  it('validates ids and bodies', async () => {
    const mb = await connected();
    for (const body of [
      {},
      { days: 0 },
      { days: 366 },
      { days: '7' },
      { days: 1.5 },
      { days: 7, extra: true },
    ]) {
      const res = await post(`/api/v1/mailboxes/${mb.id}/backfill`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    }
    expect((await post('/api/v1/mailboxes/not-a-uuid/pause')).status).toBe(400);
    const unknown = await post(`/api/v1/mailboxes/${randomUUID()}/pause`);
    expect(unknown.status).toBe(404);
    expectErrorShape(unknown.body);
    expect((await post(`/api/v1/mailboxes/${randomUUID()}/watch`, undefined, ADMIN)).status).toBe(
      404,
    );
  });
});
