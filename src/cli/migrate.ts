import 'reflect-metadata';
import { ConfigError, loadConfig } from '../core/config/load-config';
import { runMigrations } from '../core/database/migrate';

/** `npm run migration:run`: applies pending migrations and exits. */
async function main(): Promise<void> {
  const command = process.argv[2] ?? 'run';
  if (command !== 'run') {
    process.stderr.write(`unknown command "${command}" (supported: run)\n`);
    process.exit(2);
  }
  const config = loadConfig();
  const applied = await runMigrations(config);
  process.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'no pending migrations\n');
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigError ? `config error: ${error.problems.join('; ')}` : String((error as Error)?.message ?? error);
  process.stderr.write(`${message.split('\n')[0]}\n`);
  process.exit(1);
});
