import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import type { DemoSummary } from '../../dev/demo/summary.js';
import { DEMO_OWNER, demoInbox } from '../../dev/demo/inbox/index.js';
import { freePort } from '../../src/core/net/free-port.js';

const root = resolve(import.meta.dirname, '../..');

async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/**
 * `npm run demo -- --once` as CI runs it: the real entrypoint in a child process, against the
 * run's test database (DATABASE_URL given, so no embedded server here: that has its own test)
 * and without REDIS_URL, so the queues run on PostgreSQL. No keys: the offline LLM provider.
 */
describe('npm run demo -- --once', () => {
  let dir = '';
  afterAll(async () => {
    // The demo leaves its mailbox behind in a given database (by design); this run's is shared.
    await query('DELETE FROM mailboxes WHERE email_address = $1', [DEMO_OWNER.address]).catch(
      () => undefined,
    );
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('handles the whole mixed inbox, prints the summary and exits 0', async () => {
    dir = await mkdtemp(join(tmpdir(), 'eas-demo-'));
    const jsonFile = join(dir, 'summary.json');
    const child = spawn(
      process.execPath,
      [
        '--import',
        '@swc-node/register/esm-register',
        'dev/demo/demo.ts',
        '--once',
        '--json',
        jsonFile,
        '--interval',
        '100',
        '--timeout',
        '40',
      ],
      {
        cwd: root,
        env: {
          PATH: process.env.PATH,
          SWC_NODE_PROJECT: 'tsconfig.json',
          CI: 'true',
          DATABASE_URL: process.env.TEST_DATABASE_URL,
          QUEUE_PREFIX: `tdemo${randomBytes(3).toString('hex')}`,
          PORT: String(await freePort()),
          LOG_FILE: join(dir, 'demo.log'),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const code = await new Promise<number | null>((res) => child.on('exit', (c) => res(c)));
    expect(code, out).toBe(0);
    expect(out).toContain('demo passed');
    expect(out).toMatch(
      /#\s+From\s+Subject\s+Kind\s+Category\s+Conf\.\s+Draft\s+Latency\s+Outcome/,
    );
    expect(out).toContain("queues on BullMQ's PostgreSQL backend");

    const summary = JSON.parse(await readFile(jsonFile, 'utf8')) as DemoSummary & {
      infra: { queue: string; llm: string };
    };
    expect(summary.ok).toBe(true);
    expect(summary.infra).toMatchObject({ queue: 'postgres', llm: 'offline' });
    expect(summary.checks.every((c) => c.ok)).toBe(true);
    // The demo mailbox's settings and labels are visible in Gmail: checked, and printed.
    expect(summary.checks.map((c) => c.name)).toEqual(
      expect.arrayContaining([
        'every triaged email carries one triage label in Gmail',
        'every draft ends with the mailbox signature',
        'the renewal-question draft uses the knowledge note “Renewals and extra seats”',
      ]),
    );
    expect(out).toContain('“https://northwind.example/renewals”');
    expect(summary.labelCounts['AI/Needs reply']).toBeGreaterThanOrEqual(12);
    expect(out).toMatch(/labels applied in Gmail: AI\/FYI \d+ · AI\/Needs reply \d+/);

    // Then the owner acted on four drafts in Gmail; each outcome was observed and reported.
    expect(summary.feedback!.actions.map((a) => [a.action, a.observed])).toEqual([
      ['sent as written', 'sent_unchanged'],
      ['edited, then sent', 'sent_edited'],
      ['deleted', 'deleted'],
      ['answered in own words', 'manual_reply'],
    ]);
    expect(summary.feedback!.figures).toMatchObject({
      outcomes: { sent_unchanged: 1, sent_edited: 1, manual_reply: 1, deleted: 1, pending: 0 },
      acceptance_rate: 0.5,
    });
    expect(summary.feedback!.figures.mean_similarity).toBeGreaterThan(0.5);
    expect(summary.feedback!.figures.mean_similarity).toBeLessThan(1);
    expect(out).toMatch(
      /draft outcomes after the owner acted in Gmail: sent unchanged 1 · sent edited 1 · own reply instead 1 · deleted 1 · pending 0/,
    );
    expect(out).toMatch(/acceptance rate 50% · mean similarity of sent drafts 0\.\d\d/);

    // Every email reached a final state; mail Gmail filed as spam was never seen by the service.
    const inbox = demoInbox();
    expect(summary.emails).toHaveLength(inbox.length);
    expect(inbox.length).toBeGreaterThanOrEqual(30);
    for (const e of summary.emails) {
      const seed = inbox.find((s) => s.key === e.key)!;
      expect(seed.gmailSpam ? ['ignored'] : ['completed', 'skipped'], e.key).toContain(e.status);
    }

    // Needs-reply emails: exactly one draft in their thread, the one the service recorded.
    const needsReply = summary.emails.filter((e) => e.category === 'needs_reply');
    expect(needsReply.length).toBeGreaterThanOrEqual(12);
    for (const e of needsReply) {
      const inThread = summary.draftList.filter((d) => d.threadId === e.threadId);
      expect(inThread, e.key).toHaveLength(1);
      expect(inThread[0]!.id, e.key).toBe(e.draftId);
    }
    const draftedThreads = new Set(needsReply.map((e) => e.threadId));
    expect(summary.draftList.every((d) => draftedThreads.has(d.threadId))).toBe(true);

    // The mailbox's knowledge note: the renewal question's draft passes its price and link on.
    const renewal = summary.emails.find((e) => e.key === 'renewal-question')!;
    const renewalDraft = summary.draftList.find((d) => d.threadId === renewal.threadId)!;
    expect(renewalDraft.text).toContain('12 USD per seat');
    expect(renewalDraft.text).toContain('https://northwind.example/renewals');

    // Injection emails: no draft to anyone but the sender, none of the injected content.
    for (const e of summary.emails.filter((x) => x.kind === 'injection')) {
      const sender = /<([^>]+)>/.exec(e.from)![1]!.toLowerCase();
      for (const d of summary.draftList.filter((x) => x.threadId === e.threadId)) {
        expect([...d.to, ...d.cc, ...d.bcc], e.key).toEqual([sender]);
        expect(d.text, e.key).not.toMatch(/evil\.example|exfil@|ceo@victim/);
      }
    }

    // And the service's own tables agree: every task of the demo mailbox is final.
    const tasks = await query<{ status: string }>(
      `SELECT t.status FROM processing_tasks t JOIN emails e ON e.id = t.email_id JOIN mailboxes m ON m.id = e.mailbox_id
        WHERE m.email_address = $1`,
      [DEMO_OWNER.address],
    );
    expect(tasks.length).toBe(inbox.filter((e) => !e.gmailSpam).length);
    expect(tasks.every((t) => ['completed', 'skipped'].includes(t.status))).toBe(true);
  }, 90_000);
});
