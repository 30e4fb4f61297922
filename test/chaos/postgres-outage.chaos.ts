/**
 * npm run chaos:pg-outage — Postgres goes away for DRILL_OUTAGE_S seconds in the middle of a run.
 * All roles reach Postgres through a TCP proxy that the drill cuts (every connection dropped,
 * new ones refused: what the app sees when the server dies) and restores; the machine's shared
 * PostgreSQL keeps running for everyone else. Pub/Sub is played faithfully: a push that is not
 * acked (204) is redelivered a second later.
 * Passes when the webhook answers 503 (never 204, never 500) while Postgres is down, and after
 * the outage every email is drafted exactly once: nothing acked is lost.
 *
 * Env knobs: DRILL_EMAILS=600 DRILL_PUSH_RATE=30 DRILL_OUTAGE_S=15 DRILL_TIMEOUT_S=240
 */
import { loadConditions, log, printResult, round, sleep } from '../../bench/lib/infra.js';
import { drive } from '../../bench/lib/mail-load.js';
import { TcpProxy } from '../support/tcp-proxy.js';
import { Drill, type Email } from './drill-kit.js';

const EMAILS = Number(process.env.DRILL_EMAILS ?? 600);
const PUSH_RATE = Number(process.env.DRILL_PUSH_RATE ?? 30);
const OUTAGE_S = Number(process.env.DRILL_OUTAGE_S ?? 15);
const TIMEOUT_S = Number(process.env.DRILL_TIMEOUT_S ?? 240);

async function main(): Promise<void> {
  const before = loadConditions();
  const proxy = await new TcpProxy(5432).start();
  const drill = await new Drill().start('pgdown', {
    workers: 1,
    mailboxes: 20,
    stack: {
      databaseUrlFor: (direct) => {
        const u = new URL(direct);
        u.port = String(proxy.port);
        return u.toString();
      },
    },
  });
  let exitCode: number;
  try {
    const emails: Email[] = [];
    const responses: { at: number; ms: number; status: number; email: number }[] = [];
    const acked = new Set<number>();
    const t0 = Date.now();
    let cutAt = 0;
    let restoredAt = 0;
    let readyDuring = 0;
    const outage = (async () => {
      await sleep(6000);
      proxy.cut();
      cutAt = Date.now();
      log(`Postgres cut (${emails.length} emails pushed so far)`);
      await sleep(OUTAGE_S * 500);
      readyDuring =
        (await fetch(`${drill.api.url}/api/health/ready`).catch(() => null))?.status ?? 0;
      await sleep(OUTAGE_S * 500);
      proxy.restore();
      restoredAt = Date.now();
      log('Postgres restored');
    })();
    await drive(
      EMAILS,
      8,
      async (i) => {
        const email = drill.deliver(1, `pg${i}`)[0];
        emails.push(email);
        // Pub/Sub: redeliver until acknowledged.
        for (;;) {
          const at = Date.now();
          const status = await drill.push(email);
          responses.push({ at, ms: Date.now() - at, status, email: i });
          if (status === 204) {
            acked.add(i);
            break;
          }
          if (Date.now() - t0 > TIMEOUT_S * 1000) break;
          await sleep(1000);
        }
      },
      PUSH_RATE,
    );
    await outage;
    const drafted = await drill.waitDrafted(emails, TIMEOUT_S * 1000 - (Date.now() - t0));
    const done = Date.now();
    await sleep(5000);
    // Responses to requests that started while Postgres was unreachable (1 s grace after the cut
    // for requests already past their last query).
    const during = responses.filter((r) => r.at >= cutAt + 1000 && r.at < restoredAt);
    const duringStatuses: Record<number, number> = {};
    for (const r of during) duringStatuses[r.status] = (duringStatuses[r.status] ?? 0) + 1;
    const firstAckAfter = responses.find((r) => r.at >= restoredAt && r.status === 204);
    // The load generator keeps at most 8 pushes in flight, and a 503 takes as long as the
    // webhook waits for a connection: mail not yet pushed at the restore goes out after it, at
    // PUSH_RATE. So the drain is timed from the last acknowledged push, not from the restore.
    const acks = responses.filter((r) => r.status === 204).map((r) => r.at + r.ms);
    const lastAck = acks.length ? Math.max(...acks) : restoredAt;
    const answerMs = during.map((r) => r.ms).sort((a, b) => a - b);
    const all: Record<number, number> = {};
    for (const r of responses) all[r.status] = (all[r.status] ?? 0) + 1;
    const tally = drill.tally(emails);
    const gmail = drill.draftsInGmail(emails);
    const ackedButLost = [...acked].filter(
      (i) => !drill.drafts.created.has(`${emails[i].address}|${emails[i].threadId}`),
    ).length;
    const only503During = during.length > 0 && during.every((r) => r.status === 503);
    const passed =
      only503During &&
      ackedButLost === 0 &&
      drafted === EMAILS &&
      tally.duplicates === 0 &&
      gmail.threadsWithSeveral === 0 &&
      !all[500];
    exitCode = passed ? 0 : 1;
    printResult({
      drill: 'postgres-outage',
      at: new Date().toISOString(),
      passed,
      emails: EMAILS,
      outageSeconds: round((restoredAt - cutAt) / 1000, 1),
      webhookDuringOutage: duringStatuses,
      readinessDuringOutage: readyDuring,
      only503During,
      firstAckAfterRestoreMs: firstAckAfter ? firstAckAfter.at - restoredAt : null,
      webhookAnswerMsDuringOutage: {
        median: answerMs[Math.floor(answerMs.length / 2)] ?? null,
        max: answerMs.at(-1) ?? null,
      },
      pushStatuses: all,
      acked: acked.size,
      ackedButLost,
      drafted: tally.drafted,
      lost: tally.lost,
      duplicateDrafts: tally.duplicates,
      gmailCheck: gmail,
      tasks: await drill.taskStatuses(),
      rows: await drill.counts(),
      seconds: {
        total: round((done - t0) / 1000, 1),
        restoreToAllDrafted: round((done - restoredAt) / 1000, 1),
        restoreToLastAck: round((lastAck - restoredAt) / 1000, 1),
        lastAckToAllDrafted: round((done - lastAck) / 1000, 1),
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
    await proxy.stop();
  }
  process.exit(exitCode);
}

main().catch((error: unknown) => {
  process.stderr.write(`drill failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
