import { parseCommandLine, quoted, UsageError, EXIT_USAGE } from '../cli/command-line.js';
import { APP_ROLES, AppRole } from '../core/config/process.config.js';

const USAGE = `Usage: node dist/src/main.js [api|worker|all] [--role=ROLE] [--help]

Boots the service in one role; the argument (or --role) wins over APP_ROLE. One of them is
required (there is no default role), and so is DATABASE_URL.
  api     HTTP: Pub/Sub webhook, admin API, health, metrics (Swagger with SWAGGER_ENABLED)
  worker  queue processors and schedulers; health/metrics on WORKER_HEALTH_PORT
  all     both in one process (small installations, local use)
  -h, --help  this text

Settings: the environment, then ENV_FILE (default ./.env) for what it does not set.
From a checkout, npm run dev runs this with APP_ROLE=all and, without DATABASE_URL, an
embedded PostgreSQL (dev/with-database.ts).
SIGTERM/SIGINT drain in-flight work for up to SHUTDOWN_GRACE_SECONDS.
Exit codes: 0 clean shutdown, 1 failed, 2 wrong command line, 78 bad setting.
`;

function parse(argv: string[]): { help: boolean; role?: AppRole } {
  const { values, positionals } = parseCommandLine(argv, {
    role: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return { help: true };
  if (positionals.length > 1)
    throw new UsageError(`unexpected argument ${quoted(positionals[1]!)}`);
  const given = [positionals[0], values.role].filter((r) => r !== undefined);
  if (given.length > 1 && given[0] !== given[1])
    throw new UsageError('two different roles given (argument and --role)');
  const role = given[0];
  if (role === undefined) return { help: false };
  // A typo must not quietly boot another role (or fall back to APP_ROLE).
  if (!(APP_ROLES as readonly string[]).includes(role))
    throw new UsageError(`unknown role ${quoted(role)} (api, worker or all)`);
  return { help: false, role: role as AppRole };
}

/**
 * `node dist/src/main.js [api|worker|all]`: the role, if given. `--help` prints the usage and
 * exits 0; a wrong command line exits 2 with one line, before any setting is read.
 */
export function mainArgs(argv: string[]): { role?: AppRole } {
  try {
    const { help, role } = parse(argv);
    if (help) {
      process.stdout.write(USAGE);
      process.exit(0);
    }
    return { role };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`main.js: ${error.message} (--help for usage)\n`);
    process.exit(EXIT_USAGE);
  }
}
