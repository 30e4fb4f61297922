/**
 * npm run chaos:redis-flush — FLUSHALL on the (private) Redis in the middle of a run: every
 * queued, delayed and running job, lock and quota bucket is gone. Postgres is the source of
 * truth, so the reconcilers (stored pushes → syncs, live tasks → stage jobs) must finish every
 * email, each with exactly one draft.
 *
 * Env knobs: DRILL_EMAILS=600 DRILL_PUSH_RATE=40 DRILL_TIMEOUT_S=240
 */
import { loadConditions, log, printResult, redisCli, round, sleep } from '../../bench/lib/infra.js';
import { drive } from '../../bench/lib/mail-load.js';
import { Drill, type Email } from './drill-kit.js';

const EMAILS = Number(process.env.DRILL_EMAILS ?? 600);
const PUSH_RATE = Number(process.env.DRILL_PUSH_RATE ?? 40);
const TIMEOUT_S = Number(process.env.DRILL_TIMEOUT_S ?? 240);

async function main(): Promise<void> {
  const before = loadConditions();
  const drill = await new Drill().start('flush', { workers: 1, mailboxes: 20 });
  let exitCode: number;
  try {
    const emails: Email[] = [];
    const statuses = new Map<number, number>();
    const t0 = Date.now();
    let flushedAt = 0;
    let atFlush: Record<string, unknown> = {};
    // Mid-run: half the pushes in and some mail drafted, so work sits at every step (stored
    // pushes not yet synced, queued and running stage jobs) when Redis forgets it all.
    const flushWhen = async () => {
      while (emails.length < EMAILS / 2 || drill.tally(emails).drafted < EMAILS / 10)
        await sleep(100);
      const keys = Number(redisCli(drill.stack.redis.port, 'DBSIZE'));
      const [n] = await drill.stack.query<{ unsynced: string }>(
        'SELECT count(*) AS unsynced FROM pubsub_notifications WHERE processed_at IS NULL',
      );
      atFlush = {
        drafted: drill.tally(emails).drafted,
        pushed: emails.length,
        pushesNotYetSynced: Number(n.unsynced),
        redisKeys: keys,
        tasks: await drill.taskStatuses(),
      };
      redisCli(drill.stack.redis.port, 'FLUSHALL');
      flushedAt = Date.now();
      log(`FLUSHALL (${keys} keys gone) with ${JSON.stringify(atFlush)}`);
    };
    const flushing = flushWhen();
    await drive(
      EMAILS,
      8,
      async (i) => {
        const email = drill.deliver(1, `flush${i}`)[0];
        emails.push(email);
        for (let attempt = 0; ; attempt++) {
          const status = await drill.push(email);
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          if (status === 204 || attempt > 20) break;
          await sleep(500);
        }
      },
      PUSH_RATE,
    );
    await flushing;
    const drafted = await drill.waitDrafted(emails, TIMEOUT_S * 1000 - (Date.now() - t0));
    const done = Date.now();
    await sleep(5000);
    const tally = drill.tally(emails);
    const gmail = drill.draftsInGmail(emails);
    const passed =
      drafted === EMAILS &&
      tally.lost === 0 &&
      tally.duplicates === 0 &&
      gmail.threadsWithSeveral === 0;
    exitCode = passed ? 0 : 1;
    printResult({
      drill: 'redis-flushall',
      at: new Date().toISOString(),
      passed,
      emails: EMAILS,
      pushStatuses: Object.fromEntries(statuses),
      atFlush,
      drafted: tally.drafted,
      lost: tally.lost,
      duplicateDrafts: tally.duplicates,
      gmailCheck: gmail,
      tasks: await drill.taskStatuses(),
      rows: await drill.counts(),
      seconds: {
        total: round((done - t0) / 1000, 1),
        flushToAllDrafted: round((done - flushedAt) / 1000, 1),
      },
      env: {
        RECONCILE_INTERVAL_SECONDS: 10,
        RECONCILE_IDLE_SECONDS: 30,
        RETRY_BACKOFF_SCALE: 0.02,
      },
      load: { before, after: loadConditions() },
    });
  } finally {
    await drill.close();
  }
  process.exit(exitCode);
}

main().catch((error: unknown) => {
  process.stderr.write(`drill failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
