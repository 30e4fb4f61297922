import 'reflect-metadata';
import { loadProcessConfig } from '../app/app-config.js';
import { assertDatabaseUrl } from '../core/config/load-config.js';
import { runMigrations } from '../core/database/migrate.js';
import { migrationState, revertLastMigration } from '../core/database/migration-admin.js';
import { argumentsOrHelp, quoted, runCommand, UsageError } from './command-line.js';

const USAGE = `Usage: npm run migration:run -- [run|revert|show] [--help]
  (or node dist/src/cli/migrate.js <command>)

  run     apply every pending migration (the default; the app also does it on boot
          with DATABASE_RUN_MIGRATIONS=true). Without REDIS_URL, BullMQ's tables too.
  revert  undo the last applied migration (one; run it again for the next)
  show    list applied and pending migrations
  -h, --help  this text

Settings: the environment, then ENV_FILE (default ./.env) for what it does not set.
DATABASE_URL is required; from a checkout, without it, the npm script starts (or shares) the
embedded PostgreSQL (dev/with-database.ts).
Exit codes: 0 done, 1 failed, 2 wrong command line, 78 bad setting.
`;

const COMMANDS = ['run', 'revert', 'show'] as const;
type Command = (typeof COMMANDS)[number];

async function main(): Promise<void> {
  // `npm run migration:run -- show` arrives as `run show`: the script's own `run` comes first.
  const positionals = argumentsOrHelp(USAGE);
  if (!positionals) return;
  const given =
    positionals[0] === 'run' && positionals.length > 1 ? positionals.slice(1) : positionals;
  const [command = 'run', ...rest] = given;
  if (!(COMMANDS as readonly string[]).includes(command))
    throw new UsageError(`unknown command ${quoted(command)} (run, revert or show)`);
  if (rest.length) throw new UsageError(`unexpected argument ${quoted(rest[0]!)}`);

  const config = loadProcessConfig();
  assertDatabaseUrl(config.database);
  await execute(command as Command, { ...config.database, ...config.queue });
}

async function execute(
  command: Command,
  config: Parameters<typeof runMigrations>[0],
): Promise<void> {
  if (command === 'run') {
    const applied = await runMigrations(config);
    process.stdout.write(
      applied.length ? `applied: ${applied.join(', ')}\n` : 'no pending migrations\n',
    );
  } else if (command === 'revert') {
    const reverted = await revertLastMigration(config);
    process.stdout.write(reverted ? `reverted: ${reverted}\n` : 'no applied migration\n');
  } else {
    const { applied, pending } = await migrationState(config);
    for (const name of applied) process.stdout.write(`applied  ${name}\n`);
    for (const name of pending) process.stdout.write(`pending  ${name}\n`);
  }
}

runCommand('migration:run', main);
