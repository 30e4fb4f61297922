import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { ConfigError } from '../src/core/config/config-error.js';
import { loadEnvFile } from '../src/core/config/env-file.js';
import { resolveDevDatabase } from './database/dev-database.js';

const USAGE = `Usage: node --import @swc-node/register/esm-register dev/with-database.ts <command> [args...]

The development entry (npm run dev and the CLI scripts from a checkout): reads ENV_FILE
(default ./.env) under the environment; with DATABASE_URL unset starts (or shares) the
embedded PostgreSQL under EMBEDDED_POSTGRES_DIR (default .data/postgres, port
EMBEDDED_POSTGRES_PORT 54329); then runs <command> with DATABASE_URL set and APP_ROLE
defaulting to all, and stops the embedded server once the command has exited.
A <command> ending in .ts runs on this Node through SWC.
`;

/** sysexits EX_CONFIG, as the app's entry points use for a bad setting. */
const EXIT_CONFIG = 78;

function fail(message: string, code: number): never {
  process.stderr.write(`dev: ${message.split('\n')[0]}\n`);
  process.exit(code);
}

async function main(): Promise<void> {
  const [command, ...args] = process.argv.slice(2);
  if (!command || command === '--help' || command === '-h') {
    process.stdout.write(USAGE);
    process.exit(command ? 0 : 2);
  }
  const env = { ...process.env };
  try {
    loadEnvFile(env);
  } catch (error) {
    if (error instanceof ConfigError)
      fail(`config error: ${error.problems.join('; ')}`, EXIT_CONFIG);
    throw error;
  }
  // A checkout runs every role in one process unless told otherwise; production names its role.
  env.APP_ROLE ||= 'all';
  // --help of the command needs no database.
  const wantsHelp = args.includes('--help') || args.includes('-h');
  let database;
  try {
    database = wantsHelp
      ? undefined
      : await resolveDevDatabase(env, { log: (line) => process.stderr.write(`${line}\n`) });
  } catch (error) {
    if (error instanceof ConfigError)
      fail(`config error: ${error.problems.join('; ')}`, EXIT_CONFIG);
    fail((error as Error).message, 1);
  }
  if (database?.embedded) {
    process.stderr.write(`${database.describe()}\n`);
    env.DATABASE_URL = database.url;
  }

  const [file, argv] = command.endsWith('.ts')
    ? [process.execPath, ['--import', '@swc-node/register/esm-register', command, ...args]]
    : [command, args];
  const child = spawn(file, argv, { env, stdio: 'inherit' });
  // Ctrl-C in a terminal reaches the whole foreground process group, the command included:
  // SIGINT is only kept from ending this process early. SIGTERM/SIGHUP (a supervisor, `kill`)
  // reach this process alone and are passed on once.
  process.on('SIGINT', () => undefined);
  for (const signal of ['SIGTERM', 'SIGHUP'] as const) process.on(signal, () => child.kill(signal));
  const code = await new Promise<number>((resolve) => {
    child.once('error', (error) => {
      process.stderr.write(`dev: cannot run ${command}: ${error.message}\n`);
      resolve(127);
    });
    // Killed by a signal: the shell's convention, 128 + its number.
    child.once('exit', (exitCode, signal) =>
      resolve(exitCode ?? 128 + (signal ? constants.signals[signal] : 0)),
    );
  });
  // The embedded database stops last, once the command is done with it.
  await database?.stop().catch((error: Error) => process.stderr.write(`dev: ${error.message}\n`));
  process.exit(code);
}

void main();
