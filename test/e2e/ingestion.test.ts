import { getToken } from '@willsoto/nestjs-prometheus';
import type { Counter } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Metric } from '../../src/core/metrics/metric-names.js';
import { runLoopbackFlow } from '../../src/cli/oauth-loopback.js';
import { TokenCipher } from '../../src/modules/mailbox-credentials/token-cipher.service.js';
import { IngestionScheduler } from '../../src/modules/ingestion/ingestion.scheduler.js';
import { MailboxConnectService } from '../../src/modules/ingestion/mailbox-connect.service.js';
import { WatchService } from '../../src/modules/ingestion/watch.service.js';
import { EmailRepository } from '../../src/modules/persistence/repositories/email.repository.js';
import { MailboxRepository } from '../../src/modules/persistence/repositories/mailbox.repository.js';
import { eventually, expectErrorShape, http } from '../support/http.js';
import { PipelineRig } from '../support/pipeline-rig.js';
import { uniqueAddress } from '../support/seed.js';

const NEWSLETTER = (i: number) => ({
  from: 'News <news@list.example>',
  subject: `Issue ${i}`,
  text: 'This week in widgets.',
  headers: { 'List-Id': '<widgets.list.example>' },
});

describe('ingestion', () => {
  const rig = new PipelineRig();
  beforeAll(async () => {
    await rig.start({
      GMAIL_PUBSUB_TOPIC: 'projects/demo/topics/gmail',
      DAILY_DRAFT_CAP: '1',
      // The 520 newsletters of the paging test would each get a label (messages.modify, 5 quota
      // units): their mailbox's quota paces them, and the later tests' mail waits behind them in
      // the queue. Ingestion is what this file is about; labels have their own (mailbox-settings-labels).
      TRIAGE_LABELS_ENABLED: 'false',
    });
  });
  afterAll(async () => rig.stop());

  it('gmail:connect: loopback OAuth flow with PKCE, encrypted token, baseline and watch, old mail untouched', async () => {
    const address = uniqueAddress('connect');
    rig.gmail.addMailbox(address);
    const old = rig.gmail.deliver(address, {
      from: 'a@b.example',
      subject: 'Old question?',
      text: 'Can you help?',
    });
    const refreshToken = await runLoopbackFlow({
      clientId: 'client-id',
      clientSecret: 'client-secret',
      authUrl: `${rig.gmail.rootUrl}o/oauth2/v2/auth`,
      tokenUrl: rig.gmail.tokenUrl,
      // Plays the user's browser: consent, then Google's redirect to our loopback listener.
      onAuthUrl: (url) => {
        const auth = new URL(url);
        expect(auth.searchParams.get('code_challenge_method')).toBe('S256');
        expect(auth.searchParams.get('access_type')).toBe('offline');
        expect(auth.searchParams.get('scope')).toContain('gmail.modify');
        const redirect = new URL(auth.searchParams.get('redirect_uri')!);
        expect(redirect.hostname).toBe('127.0.0.1');
        redirect.searchParams.set('code', rig.gmail.authorize(address));
        redirect.searchParams.set('state', auth.searchParams.get('state')!);
        void fetch(redirect);
      },
    });
    const mailbox = await rig.t.app.get(MailboxConnectService).connect(refreshToken);
    expect(mailbox.emailAddress).toBe(address);
    expect(mailbox.lastHistoryId).toBe(rig.gmail.historyId(address));
    expect(mailbox.watchExpiresAt!.getTime()).toBeGreaterThan(Date.now());
    const stored = await rig.t.app.get(MailboxRepository).getEncryptedToken(mailbox.id);
    expect(stored).not.toContain(refreshToken);
    expect(rig.t.app.get(TokenCipher).decrypt(stored!, mailbox.id)).toBe(refreshToken);
    // The baseline means mail from before the connection is not back-processed.
    const fresh = await rig.receive(address, {
      from: 'c@d.example',
      subject: 'New question?',
      text: 'Could you call me back?',
    });
    await rig.settled(fresh.id);
    expect(await rig.task(old.id)).toBeUndefined();
  });

  it('a state mismatch on the OAuth redirect is refused', async () => {
    await expect(
      runLoopbackFlow({
        clientId: 'c',
        clientSecret: 's',
        authUrl: `${rig.gmail.rootUrl}auth`,
        tokenUrl: rig.gmail.tokenUrl,
        onAuthUrl: (url) => {
          const redirect = new URL(new URL(url).searchParams.get('redirect_uri')!);
          redirect.searchParams.set('code', 'x');
          redirect.searchParams.set('state', 'forged');
          void fetch(redirect);
        },
      }),
    ).rejects.toThrow(/state/);
  });

  it('the periodic sync finds mail whose push Gmail dropped', async () => {
    const mb = await rig.mailbox();
    const msg = await rig.receive(
      mb.emailAddress,
      { from: 'x@y.example', subject: 'Lost push?', text: 'Can you confirm?' },
      { push: false },
    );
    expect(await rig.t.app.get(IngestionScheduler).syncAll()).toBeGreaterThanOrEqual(1);
    expect((await rig.settled(msg.id)).status).not.toBe('failed');
  });

  it('a sync that finds mail recorded but never enqueued (a crash between the two) enqueues it, once', async () => {
    const mb = await rig.mailbox();
    const text = 'Hello,\n\ncould you send me the invoice for order 12?\n\nAda';
    const msg = await rig.receive(
      mb.emailAddress,
      { from: 'Ada <ada@customer.example>', subject: 'Invoice for order 12', text },
      { push: false },
    );
    // The state a worker killed after recording (and before enqueueing) leaves behind: email and
    // task stored, no job, the mailbox's history id not advanced.
    const { recorded } = await rig.t.app
      .get(EmailRepository)
      .recordNewBatch(mb.id, [{ messageId: msg.id, threadId: msg.threadId }]);
    expect(recorded).toHaveLength(1);
    expect((await rig.push(mb.emailAddress, msg.historyId)).status).toBe(204);
    const settled = await rig.settled(msg.id);
    expect(settled).toMatchObject({ task_id: recorded[0].task.id, status: 'completed' });
    expect(rig.gmail.drafts(mb.emailAddress)).toHaveLength(1);
    const [{ n }] = await rig
      .db()
      .query('SELECT count(*)::int AS n FROM processing_tasks WHERE email_id = $1', [
        recorded[0].email.id,
      ]);
    expect(n).toBe(1);
  });

  it('follows every history page (more than 500 entries)', async () => {
    const mb = await rig.mailbox();
    const ids: string[] = [];
    let last = '';
    for (let i = 0; i < 520; i++) {
      const d = rig.gmail.deliver(mb.emailAddress, NEWSLETTER(i));
      ids.push(d.id);
      last = d.historyId;
    }
    expect((await rig.push(mb.emailAddress, last)).status).toBe(204);
    await eventually(
      async () => {
        const r = await rig
          .db()
          .query('SELECT count(*)::int AS n FROM emails WHERE mailbox_id = $1', [mb.id]);
        return r[0].n === 520;
      },
      60_000,
      250,
    );
    expect(rig.gmail.count('GET /gmail/v1/users/me/history')).toBeGreaterThanOrEqual(2);
  }, 90_000);

  it('renews watches daily and counts failures', async () => {
    const watches = rig.t.app.get(WatchService);
    const counter = rig.t.app.get<Counter<string>>(getToken(Metric.GmailWatchRenewals));
    const value = async (status: string) =>
      (await counter.get()).values.find((v) => v.labels.status === status)?.value ?? 0;
    const mb = await rig.mailbox('watch');
    const ok = await value('success');
    const failed = await value('failure');
    rig.gmail.failNext('POST /gmail/v1/users/me/watch', { status: 500, times: 1 });
    await expect(watches.renew(mb.id)).rejects.toThrow();
    expect(await value('failure')).toBe(failed + 1);
    const expiry = await watches.renew(mb.id);
    expect(expiry!.getTime()).toBeGreaterThan(Date.now() + 24 * 3600_000);
    expect(await value('success')).toBe(ok + 1);
    // Each mailbox is renewed at its own due time, once a day: one due now is renewed and its
    // next renewal moves a day on; one due later is left alone.
    const calls = (address: string) =>
      rig.gmail.requests.filter((r) => r.path.endsWith('/watch') && r.mailbox === address).length;
    const due = await rig.mailbox('due');
    const setDue = (id: string, sql: string) =>
      rig.db().query(`UPDATE mailboxes SET watch_due_at = ${sql} WHERE id = $1`, [id]);
    await setDue(due.id, "now() - interval '1 minute'");
    await setDue(mb.id, "now() + interval '1 hour'");
    const [{ before }] = await rig
      .db()
      .query('SELECT watch_due_at AS before FROM mailboxes WHERE id = $1', [due.id]);
    const laterCalls = calls(mb.emailAddress);
    const dueCalls = calls(due.emailAddress);
    expect((await watches.renewDue()).renewed).toBeGreaterThanOrEqual(1);
    expect(calls(mb.emailAddress)).toBe(laterCalls);
    expect(calls(due.emailAddress)).toBe(dueCalls + 1);
    const [{ after }] = await rig
      .db()
      .query('SELECT watch_due_at AS after FROM mailboxes WHERE id = $1', [due.id]);
    expect((after as Date).getTime() - (before as Date).getTime()).toBe(24 * 3600_000);
  });

  it('cost guard: past the daily draft cap, mail is classified but drafting waits (skipped)', async () => {
    const mb = await rig.mailbox('capped');
    const first = await rig.receive(mb.emailAddress, {
      from: 'p@q.example',
      subject: 'Can you send the quote?',
      // A greeting and a name: the offline model leaves a bare one-line request just below the
      // draft threshold, and this test needs a first email that gets its draft.
      text: 'Hi,\n\ncould you send me the quote?\n\nThanks,\nPat',
    });
    expect((await rig.settled(first.id)).status).toBe('completed');
    const second = await rig.receive(mb.emailAddress, {
      from: 'r@s.example',
      subject: 'Can we talk?',
      text: 'Could we schedule a call tomorrow?',
    });
    const row = await rig.settled(second.id);
    expect(row).toMatchObject({
      status: 'skipped',
      skip_reason: 'daily_draft_cap',
      category: 'needs_reply',
      draft_id: null,
    });
    expect(rig.gmail.drafts(mb.emailAddress)).toHaveLength(1);
  });
});

describe('webhook rate limit', () => {
  const rig = new PipelineRig();
  afterAll(async () => rig.stop());

  it('the default lets a Pub/Sub burst through; a configured limit answers 429 in the standard format', async () => {
    await rig.start({ WEBHOOK_RATE_LIMIT_PER_MINUTE: '150' });
    const mb = await rig.mailbox();
    const token = await rig.oidc.token();
    const send = () =>
      http('POST', `${rig.t.url}/api/webhook/gmail`, {
        body: {
          message: {
            data: Buffer.from(
              JSON.stringify({ emailAddress: mb.emailAddress, historyId: 1 }),
            ).toString('base64'),
            messageId: `${Math.random()}`,
          },
        },
        headers: { authorization: `Bearer ${token}` },
      });
    const burst = await Promise.all(Array.from({ length: 150 }, send));
    expect(burst.filter((r) => r.status === 204)).toHaveLength(150);
    const over = await send();
    expect(over.status).toBe(429);
    expectErrorShape(over.body);
    expect(over.body.error.code).toBe('RATE_LIMITED');
  });
});
