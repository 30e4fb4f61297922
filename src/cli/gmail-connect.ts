import 'reflect-metadata';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { type AppConfig, loadProcessConfig } from '../app/app-config.js';
import { assertDatabaseUrl, ConfigError } from '../core/config/load-config.js';
import { dataSourceOptions } from '../core/database/data-source.options.js';
import { runMigrations } from '../core/database/migrate.js';
import { CoreModule } from '../app/core.module.js';
import { IngestionModule } from '../modules/ingestion/ingestion.module.js';
import { MailboxConnectService } from '../modules/ingestion/mailbox-connect.service.js';
import { MailboxDisconnectService } from '../modules/ingestion/mailbox-disconnect.service.js';
import {
  MailboxImportService,
  type MailboxGrant,
} from '../modules/ingestion/mailbox-import.service.js';
import { ENTITIES } from '../modules/persistence/entities/index.js';
import { MailboxEntity } from '../modules/persistence/entities/mailbox.entity.js';
import { MailboxRepository } from '../modules/persistence/repositories/mailbox.repository.js';
import { kyselyOver } from '../modules/persistence/database/database.js';
import { parseCommandLine, quoted, runCommand, UsageError } from './command-line.js';
import { runLoopbackFlow } from './oauth-loopback.js';

/**
 * Bulk import pacing. The rate keeps a large import well under Gmail's per-project quota per
 * minute (each connect spends a users.watch); the concurrency keeps the database pool and the
 * token endpoint busy without queueing on either.
 */
const IMPORT_DEFAULTS = { concurrency: 32, perSecond: 100 };
/** A grant line is a small JSON object: anything longer is refused unparsed. */
const MAX_GRANT_LINE_CHARS = 8_192;
const MAX_TOKEN_CHARS = 2_048;
const MAX_DISPLAY_NAME_CHARS = 255;

const USAGE = `Usage: npm run gmail:connect -- [connect | import <file> | list | disconnect <address>] [--help]
  (or node dist/src/cli/gmail-connect.js <command>)

  connect               (the default) authorize a Gmail account in the browser (installed-app
                        flow, PKCE, loopback redirect on 127.0.0.1), store its refresh token
                        encrypted, take the history baseline and start users.watch. Needs
                        GOOGLE_OAUTH_CLIENT_ID, GOOGLE_OAUTH_CLIENT_SECRET, TOKEN_ENCRYPTION_KEY
                        (or TOKEN_ENCRYPTION_KEYS).
  import <file>         connect many mailboxes at once from grants obtained elsewhere: one JSON
                        object per line, {"refresh_token": "...", "display_name": "..."}
                        (display_name optional; blank lines and lines starting with # skipped).
                        Each is connected as \`connect\` does one. Prints one line per failed grant
                        (its line number and an error code, never the token); exit 1 if any failed.
    --concurrency <n>   connects in flight (default ${IMPORT_DEFAULTS.concurrency})
    --rate <n>          connects started per second at most (default ${IMPORT_DEFAULTS.perSecond}):
                        each costs a users.watch from Gmail's per-project quota
  list                  connected mailboxes: address, status, history id, watch expiry
                        (never tokens)
  disconnect <address>  users.stop while the grant still works, delete the stored token, mark
                        the mailbox disconnected (its mail stays; connect again to resume)
  -h, --help            this text

Settings: the environment, then ENV_FILE (default ./.env) for what it does not set.
Exit codes: 0 done, 1 failed, 2 wrong command line, 78 bad setting.
`;

/**
 * \`npm run gmail:connect\`: authorize a Gmail account (installed-app flow on a loopback port),
 * store its refresh token encrypted, take the history baseline and start the watch; or list or
 * disconnect the connected mailboxes.
 */
async function main(): Promise<number> {
  const { values, positionals } = parseCommandLine(process.argv.slice(2), {
    help: { type: 'boolean', short: 'h' },
    concurrency: { type: 'string' },
    rate: { type: 'string' },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const [command = 'connect', ...rest] = positionals;
  const arity = { connect: 0, import: 1, list: 0, disconnect: 1 } as Record<string, number>;
  if (!Object.hasOwn(arity, command))
    throw new UsageError(
      `unknown command ${quoted(command)} (connect, import, list or disconnect)`,
    );
  if (command !== 'import' && (values.concurrency !== undefined || values.rate !== undefined))
    throw new UsageError('--concurrency and --rate apply to import only');
  if (rest.length > arity[command]!)
    throw new UsageError(`unexpected argument ${quoted(rest[arity[command]!]!)}`);
  if (rest.length < arity[command]!)
    throw new UsageError(
      `${command} needs ${command === 'import' ? 'a file' : 'an email address'}`,
    );
  const importOptions = {
    concurrency: positiveInt(values.concurrency, '--concurrency', IMPORT_DEFAULTS.concurrency),
    perSecond: positiveInt(values.rate, '--rate', IMPORT_DEFAULTS.perSecond),
  };

  const given = loadProcessConfig();
  if (command === 'connect' || command === 'import') requireConnectSettings(given);
  assertDatabaseUrl(given.database);
  await runMigrations({ ...given.database, ...given.queue });
  if (command === 'list') return await list(given);
  if (command === 'disconnect') return await disconnect(given, rest[0]!);
  if (command === 'import') return await importGrants(given, rest[0]!, importOptions);
  await connect(given);
  return 0;
}

function requireConnectSettings({ gmail, tokenKeys }: AppConfig): void {
  const missing: string[] = (
    ['GOOGLE_OAUTH_CLIENT_ID', 'GOOGLE_OAUTH_CLIENT_SECRET'] as const
  ).filter((k) => !gmail[k]);
  // A key ring alone (TOKEN_ENCRYPTION_KEYS) is enough: that is where rotation ends up.
  if (!tokenKeys.TOKEN_ENCRYPTION_KEY && !tokenKeys.TOKEN_ENCRYPTION_KEYS)
    missing.push('TOKEN_ENCRYPTION_KEY');
  if (missing.length) throw new ConfigError(missing.map((k) => `${k}: required for gmail:connect`));
}

/** Plain repository, no Nest context: listing needs no queues, Gmail client or keys. */
async function list(config: AppConfig): Promise<number> {
  const ds = new DataSource(
    dataSourceOptions({ ...config.database, DATABASE_POOL_SIZE: 1 }, ENTITIES),
  );
  await ds.initialize();
  try {
    const mailboxes = await new MailboxRepository(
      ds.getRepository(MailboxEntity),
      kyselyOver(ds),
    ).list();
    if (!mailboxes.length) process.stdout.write('no mailboxes\n');
    for (const m of mailboxes)
      process.stdout.write(
        `${m.emailAddress}  ${m.status}  history ${m.lastHistoryId ?? '-'}  ` +
          `watch ${m.watchExpiresAt ? `until ${m.watchExpiresAt.toISOString()}` : '-'}\n`,
      );
    return 0;
  } finally {
    await ds.destroy();
  }
}

async function disconnect(config: AppConfig, address: string): Promise<number> {
  const app = await NestFactory.createApplicationContext(ConnectModule.with(config), {
    logger: ['error', 'warn'],
  });
  try {
    const result = await app.get(MailboxDisconnectService).disconnect(address);
    if (!result) {
      process.stderr.write(`gmail:connect: no mailbox ${quoted(address)}\n`);
      return 1;
    }
    process.stdout.write(
      `Disconnected ${result.mailbox.emailAddress}: token deleted, ` +
        `${result.watchStopped ? 'watch stopped' : 'watch not stopped (Gmail ends it within 7 days)'}.\n`,
    );
    return 0;
  } finally {
    await app.close();
  }
}

async function connect(config: AppConfig): Promise<void> {
  const refreshToken = await runLoopbackFlow({
    clientId: config.gmail.GOOGLE_OAUTH_CLIENT_ID!,
    clientSecret: config.gmail.GOOGLE_OAUTH_CLIENT_SECRET!,
    authUrl: config.gmail.GOOGLE_OAUTH_AUTH_URL,
    tokenUrl: config.gmail.GOOGLE_OAUTH_TOKEN_URL,
    onAuthUrl: (url) =>
      process.stdout.write(
        `Open this URL in a browser and allow access:\n\n  ${url}\n\nWaiting for the redirect...\n`,
      ),
  });
  const app = await NestFactory.createApplicationContext(ConnectModule.with(config), {
    logger: ['error', 'warn'],
  });
  try {
    const mailbox = await app.get(MailboxConnectService).connect(refreshToken);
    process.stdout.write(
      `Connected ${mailbox.emailAddress} (history baseline ${mailbox.lastHistoryId}` +
        `${mailbox.watchExpiresAt ? `, watch until ${mailbox.watchExpiresAt.toISOString()}` : ', no watch: set GMAIL_PUBSUB_TOPIC'}).\n`,
    );
  } finally {
    await app.close();
  }
}

function positiveInt(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1) throw new UsageError(`${name} must be a positive integer`);
  return n;
}

/** Grants from a JSON-lines file, with their line numbers; a malformed line is a usage error. */
async function readGrants(file: string): Promise<{ line: number; grant: MailboxGrant }[]> {
  const grants: { line: number; grant: MailboxGrant }[] = [];
  let line = 0;
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  for await (const text of lines) {
    line++;
    const trimmed = text.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    const grant = trimmed.length <= MAX_GRANT_LINE_CHARS ? parseGrant(trimmed) : undefined;
    // The line number only: the line holds a secret.
    if (!grant) throw new UsageError(`${quoted(file)} line ${line} is not a grant`);
    grants.push({ line, grant });
  }
  return grants;
}

function parseGrant(text: string): MailboxGrant | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { refresh_token: token, display_name: name } = value as Record<string, unknown>;
  if (typeof token !== 'string' || !token || token.length > MAX_TOKEN_CHARS) return undefined;
  if (name !== undefined && (typeof name !== 'string' || name.length > MAX_DISPLAY_NAME_CHARS))
    return undefined;
  return { refreshToken: token, displayName: name };
}

async function importGrants(
  config: AppConfig,
  file: string,
  opts: { concurrency: number; perSecond: number },
): Promise<number> {
  const grants = await readGrants(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') throw new UsageError(`no file ${quoted(file)}`);
    throw error;
  });
  const app = await NestFactory.createApplicationContext(ConnectModule.with(config), {
    logger: ['error'],
  });
  try {
    const started = Date.now();
    const results = await app.get(MailboxImportService).importAll(
      grants.map((g) => g.grant),
      opts,
    );
    let failed = 0;
    for (const r of results) {
      if (r.ok) continue;
      failed++;
      process.stderr.write(`line ${grants[r.index]!.line}: not connected (${r.reason})\n`);
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    process.stdout.write(
      `Imported ${results.length - failed} of ${results.length} mailboxes in ${seconds} s.\n`,
    );
    return failed ? 1 : 0;
  } finally {
    await app.close();
  }
}

@Module({})
class ConnectModule {
  static with(config: AppConfig) {
    return {
      module: ConnectModule,
      // The roles' own core (config, logging, metrics, coordination, queues, persistence), so the
      // command resolves the ingestion services exactly as the app does.
      imports: [CoreModule.forRoot(config), IngestionModule],
    };
  }
}

runCommand('gmail:connect', main);
