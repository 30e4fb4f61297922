/**
 * npm run chaos:kill — 2,000 notifications, each delivered 3× by "Pub/Sub", while worker
 * processes are killed with SIGKILL at random every 2–5 s (and restarted). Passes when every
 * email has exactly one draft: 0 lost, 0 duplicates.
 *
 * Env knobs: DRILL_EMAILS=2000 DRILL_WORKERS=2 DRILL_PUSH_RATE=80 DRILL_KILL_SECONDS=120 DRILL_TIMEOUT_S=300
 *            DRILL_ENV='{"RECONCILE_IDLE_SECONDS":"120","LOG_LEVEL":"info"}' (over the drill's env)
 * Prints one JSON line; exits 1 when an email is lost or drafted twice.
 */
import { loadConditions, log, printResult, round, sleep } from '../../bench/lib/infra.js';
import { drive } from '../../bench/lib/mail-load.js';
import { Drill, type Email } from './drill-kit.js';

const EMAILS = Number(process.env.DRILL_EMAILS ?? 2000);
const WORKERS = Number(process.env.DRILL_WORKERS ?? 2);
const PUSH_RATE = Number(process.env.DRILL_PUSH_RATE ?? 80);
const KILL_SECONDS = Number(process.env.DRILL_KILL_SECONDS ?? 120);
const TIMEOUT_S = Number(process.env.DRILL_TIMEOUT_S ?? 300);

async function main(): Promise<void> {
  const before = loadConditions();
  // Production retry timing (RETRY_BACKOFF_SCALE=1): SIGKILL causes no job errors, only stalls,
  // lock waits and reconciles, so nothing here needs shrunken backoffs.
  const drill = await new Drill().start('kill', {
    workers: WORKERS,
    mailboxes: 50,
    env: {
      RETRY_BACKOFF_SCALE: '1',
      ...(JSON.parse(process.env.DRILL_ENV ?? '{}') as Record<string, string>),
    },
  });
  let exitCode: number;
  try {
    // Each email gets 3 deliveries of the same Pub/Sub message: the first when it arrives, the
    // redeliveries later and interleaved with other mail (as Pub/Sub does after a lost ack).
    const emails: (Email | undefined)[] = new Array(EMAILS);
    const schedule: { i: number; at: number; copy: number }[] = [];
    for (let i = 0; i < EMAILS; i++) {
      schedule.push({ i, at: i, copy: 0 });
      schedule.push({ i, at: i + Math.random() * 300, copy: 1 });
      schedule.push({ i, at: i + Math.random() * 600, copy: 2 });
    }
    schedule.sort((a, b) => a.at - b.at || a.copy - b.copy);

    const statuses = new Map<number, number>();
    let kills = 0;
    let killing = true;
    const t0 = Date.now();
    let lastKill = t0;
    const killer = (async () => {
      while (killing && Date.now() - t0 < KILL_SECONDS * 1000) {
        await sleep(2000 + Math.random() * 3000);
        if (!killing) break;
        // Kill a worker that is up and working (not one still booting from the last kill).
        const alive = drill.workers.filter((w) => w.isReady);
        if (!alive.length) continue;
        const victim = alive[Math.floor(Math.random() * alive.length)];
        await victim.kill('SIGKILL');
        kills++;
        lastKill = Date.now();
        log(`SIGKILL ${victim.name} (kill ${kills})`);
        // Restart in the background, like a supervisor would; the next kill does not wait for it.
        void victim
          .start()
          .catch((e: Error) => log(`restart of ${victim.name} failed: ${e.message}`));
      }
    })();

    const allEmails = () => emails.filter((e): e is Email => !!e);
    log(`pushing ${schedule.length} deliveries at ${PUSH_RATE}/s`);
    await drive(
      schedule.length,
      16,
      async (n) => {
        const s = schedule[n];
        if (s.copy === 0) emails[s.i] = drill.deliver(1, `kill${s.i}`)[0];
        const email = emails[s.i]!;
        // A 5xx or a refused connection is redelivered by Pub/Sub: keep trying until acked.
        for (let attempt = 0; ; attempt++) {
          const status = await drill.push(email);
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          if (status === 204 || attempt > 20) break;
          await sleep(500);
        }
      },
      PUSH_RATE,
    );
    const pushedAt = Date.now();
    log(`all deliveries acked after ${round((pushedAt - t0) / 1000, 1)} s; waiting for drafts`);
    const drafted = await drill.waitDrafted(
      allEmails(),
      TIMEOUT_S * 1000 - (Date.now() - t0),
      (n) => {
        if (n >= EMAILS * 0.9 && killing) killing = false;
      },
    );
    killing = false;
    await killer;
    const done = Date.now();
    // Let in-flight retries land, so a late duplicate would be seen.
    await sleep(5000);
    const tally = drill.tally(allEmails());
    const gmail = drill.draftsInGmail(allEmails());
    const tasks = await drill.taskStatuses();
    const counts = await drill.counts();
    const passed =
      tally.lost === 0 &&
      tally.duplicates === 0 &&
      gmail.threadsWithSeveral === 0 &&
      drafted === EMAILS;
    exitCode = passed ? 0 : 1;
    printResult({
      drill: 'worker-sigkill',
      at: new Date().toISOString(),
      passed,
      emails: EMAILS,
      deliveriesPerEmail: 3,
      pushStatuses: Object.fromEntries(statuses),
      workers: WORKERS,
      kills,
      restarts: drill.workers.reduce((n, w) => n + w.starts - 1, 0),
      drafted: tally.drafted,
      lost: tally.lost,
      duplicateDrafts: tally.duplicates,
      gmailCheck: gmail,
      tasks,
      rows: counts,
      seconds: {
        total: round((done - t0) / 1000, 1),
        pushing: round((pushedAt - t0) / 1000, 1),
        afterLastKill: round((done - lastKill) / 1000, 1),
      },
      env: {
        RECONCILE_INTERVAL_SECONDS: 10,
        RECONCILE_IDLE_SECONDS: 30,
        RETRY_BACKOFF_SCALE: 1,
        WORKER_CONCURRENCY: 8,
      },
      memory: { api: drill.api.memory(), workers: drill.workers.map((w) => w.memory()) },
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
