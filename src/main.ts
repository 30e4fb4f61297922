import 'reflect-metadata';
import cluster from 'node:cluster';
import { type AppConfig, loadProcessConfig } from './app/app-config.js';
import { ConfigError, requireBootSettings } from './core/config/load-config.js';
import { assertApiRoleConfig } from './bootstrap/boot-checks.js';
import { mainArgs } from './bootstrap/main-args.js';

async function main(): Promise<void> {
  // `node dist/src/main.js [api|worker|all]`: the argument wins over APP_ROLE; --help, or exit 2.
  const { role } = mainArgs(process.argv.slice(2));
  let config: AppConfig;
  try {
    // .env (ENV_FILE) under the process environment, then validated.
    config = loadProcessConfig(role ? { APP_ROLE: role } : {});
    // No defaults for what production must decide: which database, which role. (`npm run dev`
    // and the CLI scripts from a checkout go through dev/with-database.ts, which sets both.)
    requireBootSettings(config.database, role ?? process.env.APP_ROLE);
    // Before anything connects: a misconfigured api role fails here, with the same line.
    assertApiRoleConfig(config);
  } catch (error) {
    if (error instanceof ConfigError) {
      // One line, naming each bad variable, then a non-zero exit: no stack trace for a typo.
      process.stderr.write(`config error: ${error.problems.join('; ')}\n`);
      process.exit(78);
    }
    throw error;
  }
  // The application's modules (Nest, BullMQ, the SDKs) load only once the settings are good: a
  // bad setting exits at once, and its process.exit never races threads those modules start.
  const [{ setBackoffScale }, { queueBackendOf }, { runMigrations }] = await Promise.all([
    import('./core/queue/job-failure.js'),
    import('./core/queue/queue-backend.js'),
    import('./core/database/migrate.js'),
  ]);
  // Said on stderr, as the logger does not exist yet.
  if (queueBackendOf(config.queue) === 'postgres')
    process.stderr.write(
      "REDIS_URL not set: queues on BullMQ's PostgreSQL backend, locks and heartbeats in PostgreSQL, Gmail quota per process\n",
    );
  setBackoffScale(config.queue.RETRY_BACKOFF_SCALE);
  if (config.database.DATABASE_RUN_MIGRATIONS)
    await runMigrations({ ...config.database, ...config.queue });
  const { APP_ROLE, API_PROCESSES, SHUTDOWN_GRACE_SECONDS } = config.process;
  if (APP_ROLE === 'api' && API_PROCESSES > 1 && cluster.isPrimary) {
    await superviseApiProcesses(config);
    return;
  }
  let app: { close(): Promise<void> };
  if (APP_ROLE === 'worker') {
    const { bootstrapWorker } = await import('./bootstrap/worker.js');
    app = await bootstrapWorker(config);
  } else {
    const { bootstrapApi } = await import('./bootstrap/api.js');
    app = await bootstrapApi(config);
  }
  handleSignals(() => app.close(), SHUTDOWN_GRACE_SECONDS);
}

/**
 * API_PROCESSES > 1: fork the api processes and supervise them (see ApiProcesses). They use
 * this process' DATABASE_URL and do not migrate again.
 */
async function superviseApiProcesses(config: AppConfig): Promise<void> {
  const { ApiProcesses } = await import('./bootstrap/api-processes.js');
  const env = {
    DATABASE_URL: config.database.DATABASE_URL ?? '',
    DATABASE_RUN_MIGRATIONS: 'false',
  };
  const processes = new ApiProcesses(config.process.API_PROCESSES, env, (line) =>
    process.stderr.write(`${line}\n`),
  );
  void processes.failed.then(async (reason) => {
    process.stderr.write(`${reason}: stopping the other api processes\n`);
    await processes.stop();
    process.exit(1);
  });
  // Each child has SHUTDOWN_GRACE_SECONDS of its own; the supervisor waits a little longer.
  handleSignals(
    async () => {
      await processes.stop();
      if (!processes.clean) throw new Error('an api process did not shut down cleanly');
    },
    config.process.SHUTDOWN_GRACE_SECONDS + 5,
    () => processes.kill(),
  );
}

/**
 * SIGTERM/SIGINT: stop taking work, let in-flight jobs and requests finish (BullMQ workers close
 * gracefully on module destroy), and exit 0; past the grace period exit 1 regardless. A job cut
 * off that way is picked up again by BullMQ's stalled-job check, so nothing is lost.
 */
function handleSignals(
  close: () => Promise<void>,
  graceSeconds: number,
  onGraceExceeded?: () => void,
): void {
  let closing = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    process.stderr.write(`${signal} received: shutting down (up to ${graceSeconds} s)\n`);
    setTimeout(() => {
      process.stderr.write('shutdown grace period exceeded: exiting\n');
      onGraceExceeded?.();
      process.exit(1);
    }, graceSeconds * 1000).unref();
    close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`shutdown error: ${String((error as Error)?.message ?? error)}\n`);
        process.exit(1);
      },
    );
  };
  // `on`, not `once`: a second signal while draining (Ctrl-C reaches `nest start` and the app,
  // and nest passes it on too) must not kill the process mid-drain; the grace period bounds it.
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`fatal: ${message.split('\n')[0]}\n`);
  process.exit(1);
});
