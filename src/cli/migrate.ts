import 'reflect-metadata';
import { resolveInfrastructure } from '../bootstrap/infrastructure';
import { ConfigError, loadConfig } from '../core/config/load-config';
import { runMigrations } from '../core/database/migrate';

/** `npm run migration:run`: applies pending migrations and exits. */
async function main(): Promise<void> {
  // `npm run migration:run -- x` arrives as `run x`: anything beyond one known command is refused.
  const [command = 'run', ...rest] = process.argv.slice(2);
  if (command !== 'run' || rest.length) {
    const unknown = command !== 'run' ? command : rest.join(' ');
    process.stderr.write(`unknown command "${unknown}" (supported: run)\n`);
    process.exit(2);
  }
  // DATABASE_URL unset: the embedded PostgreSQL (started for the run, or the running one shared).
  const infra = await resolveInfrastructure(loadConfig());
  try {
    const applied = await runMigrations(infra.config);
    process.stdout.write(
      applied.length ? `applied: ${applied.join(', ')}\n` : 'no pending migrations\n',
    );
  } finally {
    await infra.stop();
  }
}

main().catch((error: unknown) => {
  const message =
    error instanceof ConfigError
      ? `config error: ${error.problems.join('; ')}`
      : String((error as Error)?.message ?? error);
  process.stderr.write(`${message.split('\n')[0]}\n`);
  process.exit(1);
});
