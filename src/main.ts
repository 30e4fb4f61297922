import 'reflect-metadata';
import cluster from 'node:cluster';
import { AppConfig } from './core/config/app-config.js';
import { ConfigError, loadProcessConfig } from './core/config/load-config.js';
import { runMigrations } from './core/database/migrate.js';
import { setBackoffScale } from './core/queue/job-failure.js';
import { bootstrapApi } from './bootstrap/api.js';
import { assertApiRoleConfig } from './bootstrap/boot-checks.js';
import { ApiProcesses } from './bootstrap/api-processes.js';
import { resolveInfrastructure } from './bootstrap/infrastructure.js';
import { mainArgs } from './bootstrap/main-args.js';
import { bootstrapWorker } from './bootstrap/worker.js';

async function main(): Promise<void> {
  // `node dist/src/main.js [api|worker|all]`: the argument wins over APP_ROLE; --help, or exit 2.
  const { role } = mainArgs(process.argv.slice(2));
  let config: AppConfig;
  try {
    // .env (ENV_FILE) under the process environment, then validated.
    config = loadProcessConfig(role ? { APP_ROLE: role } : {});
    // Before any infrastructure starts: a misconfigured api role fails here, with the same line.
    assertApiRoleConfig(config);
  } catch (error) {
    if (error instanceof ConfigError) {
      // One line, naming each bad variable, then a non-zero exit: no stack trace for a typo.
      process.stderr.write(`config error: ${error.problems.join('; ')}\n`);
      process.exit(78);
    }
    throw error;
  }
  // Unset DATABASE_URL/REDIS_URL: embedded PostgreSQL, queues in PostgreSQL (said on stderr, as
  // the logger does not exist yet).
  const infra = await resolveInfrastructure(config, {
    log: (line) => process.stderr.write(`${line}\n`),
  });
  if (infra.database === 'embedded' || infra.queue === 'postgres') {
    for (const line of infra.describe()) process.stderr.write(`${line}\n`);
  }
  config = infra.config;
  try {
    setBackoffScale(config.RETRY_BACKOFF_SCALE);
    if (config.DATABASE_RUN_MIGRATIONS) await runMigrations(config);
    if (config.APP_ROLE === 'api' && config.API_PROCESSES > 1 && cluster.isPrimary) {
      superviseApiProcesses(config, infra.stop);
      return;
    }
    const app =
      config.APP_ROLE === 'worker' ? await bootstrapWorker(config) : await bootstrapApi(config);
    // The embedded database stops last, once in-flight jobs and requests are done with it.
    handleSignals(async () => {
      await app.close();
      await infra.stop();
    }, config.SHUTDOWN_GRACE_SECONDS);
  } catch (error) {
    await infra.stop().catch(() => undefined);
    throw error;
  }
}

/**
 * API_PROCESSES > 1: fork the api processes and supervise them (see ApiProcesses). They use the
 * database this process resolved (an embedded one stays up until they are gone) and do not
 * migrate again.
 */
function superviseApiProcesses(config: AppConfig, stopInfrastructure: () => Promise<void>): void {
  const env = { DATABASE_URL: config.DATABASE_URL ?? '', DATABASE_RUN_MIGRATIONS: 'false' };
  const processes = new ApiProcesses(config.API_PROCESSES, env, (line) =>
    process.stderr.write(`${line}\n`),
  );
  void processes.failed.then(async (reason) => {
    process.stderr.write(`${reason}: stopping the other api processes\n`);
    await processes.stop();
    await stopInfrastructure().catch(() => undefined);
    process.exit(1);
  });
  // Each child has SHUTDOWN_GRACE_SECONDS of its own; the supervisor waits a little longer.
  handleSignals(
    async () => {
      await processes.stop();
      await stopInfrastructure();
      if (!processes.clean) throw new Error('an api process did not shut down cleanly');
    },
    config.SHUTDOWN_GRACE_SECONDS + 5,
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
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`fatal: ${message.split('\n')[0]}\n`);
  process.exit(1);
});
