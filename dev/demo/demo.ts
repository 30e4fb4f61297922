import 'reflect-metadata';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ConfigError } from '../../src/core/config/load-config.js';
import { DemoStack } from './demo-stack.js';
import { DemoTracker } from './demo-tracker.js';
import { draftsOf } from './draft-inspection.js';
import { DEMO_NOTES, DEMO_OWNER, DEMO_SETTINGS, type DemoEmail, demoInbox } from './inbox/index.js';
import { MailArrival } from './mail-arrival.js';
import { noteUseCheck } from './note-check.js';
import { actLikeTheOwner, feedbackCheck, renderFeedback } from './owner-actions.js';
import { ProgressView } from './progress-view.js';
import { type DemoSummary, renderSummary, summarize } from './summary.js';
import { makeStyle } from './terminal.js';

const USAGE = `npm run demo -- [--once] [--json FILE] [--interval MS] [--timeout S]

  Runs the whole service locally against a Gmail sandbox: a mixed inbox arrives, Pub/Sub pushes
  are signed and verified, emails are triaged and reply drafts written; then a summary table.
  --once       exit after the summary: 0 when every check passed, 1 otherwise (for CI)
  --json FILE  also write the summary as JSON
  --interval   milliseconds between arrivals (default 250)
  --timeout    seconds to wait for every email to finish (default 120)
Unset DATABASE_URL: embedded PostgreSQL in .data/postgres. Unset REDIS_URL: queues in PostgreSQL.
OPENAI_API_KEY or ANTHROPIC_API_KEY set: that model is used instead of the offline provider.`;

interface DemoArgs {
  once: boolean;
  json?: string;
  intervalMs: number;
  timeoutMs: number;
}

function parseArgs(argv: string[]): DemoArgs {
  const args: DemoArgs = { once: false, intervalMs: 250, timeoutMs: 120_000 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--once') args.once = true;
    else if (a === '--json') args.json = value();
    else if (a === '--interval') args.intervalMs = Number(value());
    else if (a === '--timeout') args.timeoutMs = Number(value()) * 1000;
    else if (a === '--help' || a === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  if (!Number.isFinite(args.intervalMs) || args.intervalMs < 0)
    throw new Error('--interval must be a number of milliseconds');
  if (!Number.isFinite(args.timeoutMs) || args.timeoutMs <= 0)
    throw new Error('--timeout must be a number of seconds');
  return args;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Arrival order with a few bursts (two emails, one push), as a real inbox fills in the morning. */
function batches(inbox: DemoEmail[]): DemoEmail[][] {
  const out: DemoEmail[][] = [];
  for (let i = 0; i < inbox.length; i++) {
    if (i % 9 === 5 && i + 1 < inbox.length && !inbox[i + 1]!.inThreadOf)
      out.push([inbox[i]!, inbox[++i]!]);
    else out.push([inbox[i]!]);
  }
  return out;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const out = process.stdout;
  const style = makeStyle(Boolean(out.isTTY) && !process.env.NO_COLOR);
  const live = Boolean(out.isTTY) && !process.env.CI;
  const stack = new DemoStack();

  let exiting = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (exiting) process.exit(1);
    exiting = true;
    out.write(`\n${signal}: stopping the service, the database and the sandboxes…\n`);
    setTimeout(() => {
      process.stderr.write('shutdown took longer than 30 s: exiting\n');
      process.exit(1);
    }, 30_000).unref();
    stack.stop().then(
      () => process.exit(args.once ? 130 : 0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  out.write(
    `${style.bold('AI Email Assistant · demo')}\n${style.dim('starting the Gmail sandbox, the database and the service…')}\n`,
  );
  try {
    await stack.start({ env: process.env, log: (line) => out.write(style.dim(`  ${line}\n`)) });
  } catch (error) {
    // Bounded: a half-started stack must not keep the process from reporting the error.
    await Promise.race([stack.stop().catch(() => undefined), sleep(20_000)]);
    throw error;
  }
  const header = [
    `${style.bold('AI Email Assistant · demo')}  role all · LLM ${stack.llm} · mailbox ${DEMO_OWNER.address}`,
    ...stack.describe().map((l) => style.dim(l)),
    style.dim(
      `Gmail sandbox ${stack.gmail.rootUrl} · Pub/Sub pushes → ${stack.webhookUrl} (signed, verified)`,
    ),
  ];
  if (!live) for (const line of header) out.write(`${line}\n`);

  const inbox = demoInbox();
  const tracker = new DemoTracker(stack.db(), DEMO_OWNER.address, inbox);
  const view = new ProgressView(out, style, tracker, header, live);
  const arrival = new MailArrival(
    stack.gmail,
    stack.oidc,
    stack.webhookUrl,
    DEMO_OWNER.address,
    (event) => {
      if (event.type === 'arrived') tracker.markDelivered(event.email, event.delivered);
      view.onArrival(event);
    },
  );

  let busy = false;
  let lastHeartbeat = 0;
  const tick = async () => {
    if (busy) return;
    busy = true;
    try {
      for (const event of await tracker.refresh()) view.onTracker(event);
      const counts = await Promise.all(
        Object.values(stack.jobs().queues()).map((q) =>
          q.getJobCounts('waiting', 'active', 'delayed', 'prioritized'),
        ),
      );
      view.queue = {
        waiting: counts.reduce((n, c) => n + (c.waiting ?? 0) + (c.prioritized ?? 0), 0),
        active: counts.reduce((n, c) => n + (c.active ?? 0), 0),
        delayed: counts.reduce((n, c) => n + (c.delayed ?? 0), 0),
      };
      const heartbeat = Date.now() - lastHeartbeat > 5_000;
      if (heartbeat) lastHeartbeat = Date.now();
      view.render(heartbeat);
    } catch (error) {
      view.note(style.red(`progress query failed: ${(error as Error).message}`));
    } finally {
      busy = false;
    }
  };
  const ticker = setInterval(() => void tick(), 200);

  const began = Date.now();
  let pushes = 0;
  for (const batch of batches(inbox)) {
    for (const email of batch) {
      if (email.inThreadOf) {
        // A reply in a thread comes after the first email was handled (as a person replies).
        const first = tracker.state(email.inThreadOf);
        const until = Date.now() + 30_000;
        while (!['completed', 'skipped', 'failed'].includes(first.status) && Date.now() < until)
          await sleep(100);
      }
    }
    const delivered = batch.map((email) => arrival.deliver(email));
    const last = delivered.at(-1)!;
    if (delivered.some((d) => arrival.watched(d.labels))) {
      pushes++;
      // Pub/Sub delivers at least once: every seventh notification arrives twice.
      await arrival.notify(last.historyId, { duplicate: pushes % 7 === 3 });
    }
    await sleep(args.intervalMs);
  }
  const deadline = began + args.timeoutMs;
  while (!tracker.settled() && Date.now() < deadline) await sleep(100);
  clearInterval(ticker);
  while (busy) await sleep(20);
  await tick();
  tracker.concludeIgnored();
  const processingMs = Date.now() - began;

  const triageLabels = new Set(stack.gmail.userLabels(DEMO_OWNER.address).map((l) => l.name));
  const drafts = draftsOf(stack.gmail, DEMO_OWNER.address);
  const summary = summarize(tracker, drafts, {
    labels: (id) =>
      stack.gmail.message(DEMO_OWNER.address, id)
        ? stack.gmail.labelNames(DEMO_OWNER.address, id).filter((name) => triageLabels.has(name))
        : [],
    signature: DEMO_SETTINGS.signature,
  });
  const note = DEMO_NOTES[0];
  const noteUsed = noteUseCheck(
    {
      emailKey: 'renewal-question',
      noteTitle: note.title,
      facts: ['12 USD per seat', ...note.links],
    },
    summary.emails,
    drafts,
  );
  summary.checks.push(noteUsed);
  summary.ok &&= noteUsed.ok;
  // Then the owner goes through some drafts in Gmail: what became of them is the quality signal.
  summary.feedback = await actLikeTheOwner(stack, arrival, DEMO_OWNER.address, summary.emails);
  const observed = feedbackCheck(summary.feedback);
  summary.checks.push(observed);
  summary.ok &&= observed.ok;
  view.finish();
  out.write('\n');
  for (const line of renderSummary(
    tracker,
    summary,
    Math.max(80, Math.min(out.columns ?? 160, 200)),
    style,
  ))
    out.write(`${line}\n`);
  for (const line of renderFeedback(summary.feedback, style)) out.write(`${line}\n`);
  const wallMs = Math.round(performance.now());
  const t = stack.timings;
  const pgStart = stack.database.embedded
    ? `, embedded PostgreSQL ${(stack.database.embedded.startMs / 1000).toFixed(1)} s`
    : '';
  out.write(
    style.dim(
      `\ntimings: database ready ${(t.databaseMs / 1000).toFixed(1)} s${pgStart}, migrations ${(t.migrationsMs / 1000).toFixed(1)} s, ` +
        `service up ${(t.appMs / 1000).toFixed(1)} s\n         all mail handled ${(processingMs / 1000).toFixed(1)} s after the first arrival, ` +
        `${(wallMs / 1000).toFixed(1)} s since the process started\n`,
    ),
  );
  if (args.json) await writeJson(args.json, summary, stack, { processingMs, wallMs });

  if (args.once) {
    exiting = true;
    await stack.stop();
    out.write(
      summary.ok
        ? style.green('\ndemo passed\n')
        : style.red('\ndemo FAILED: see the checks above\n'),
    );
    return summary.ok ? 0 : 1;
  }
  await printStillRunning(out, stack, style);
  return new Promise<number>(() => undefined); // until Ctrl-C (onSignal exits)
}

async function writeJson(
  file: string,
  summary: DemoSummary,
  stack: DemoStack,
  times: { processingMs: number; wallMs: number },
): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const doc = {
    ...summary,
    infra: {
      database: stack.database.embedded ? 'embedded' : 'external',
      queue: stack.queue,
      llm: stack.llm,
      postgres: stack.database.embedded?.version ?? null,
    },
    timings: {
      ...stack.timings,
      embeddedPostgresMs: stack.database.embedded?.startMs ?? null,
      ...times,
    },
  };
  await writeFile(file, `${JSON.stringify(doc, null, 2)}\n`);
}

async function printStillRunning(
  out: NodeJS.WriteStream,
  stack: DemoStack,
  style: ReturnType<typeof makeStyle>,
): Promise<void> {
  const base = stack.apiUrl.replace('127.0.0.1', 'localhost');
  const key = stack.adminKey;
  const lines = [
    '',
    style.bold('The service keeps running with this data (Ctrl-C stops it):'),
    `  Web console       ${base}/console/`,
    `  Sign in           ${await stack.consoleSignInLink()}   (one-time link, 15 minutes)`,
    `  Swagger UI        ${base}/api/docs`,
    `  Health            ${base}/api/health`,
    key
      ? `  Admin API key     ${key}   (header X-API-Key, role admin)`
      : '  Admin API keys    from ADMIN_API_KEYS',
    `  Queue dashboard   ${base}/api/admin/queues   (browser login: any user name, the key as password)`,
    key ? `  Try               curl -H 'X-API-Key: ${key}' ${base}/api/v1/emails` : '',
    `  Service logs      ${stack.config.logging.LOG_FILE ?? 'stdout'}`,
  ];
  out.write(`${lines.filter(Boolean).join('\n')}\n`);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message =
      error instanceof ConfigError
        ? `config error: ${error.problems.join('; ')}`
        : (error as NodeJS.ErrnoException)?.code === 'EADDRINUSE'
          ? `port ${process.env.PORT ?? 3000} is in use: stop what runs there, or set PORT`
          : String((error as Error)?.message ?? error);
    process.stderr.write(`demo failed: ${message}\n`);
    process.exit(2);
  },
);
