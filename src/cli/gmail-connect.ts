import 'reflect-metadata';
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
import { ENTITIES } from '../modules/persistence/entities/index.js';
import { MailboxEntity } from '../modules/persistence/entities/mailbox.entity.js';
import { MailboxRepository } from '../modules/persistence/repositories/mailbox.repository.js';
import { kyselyOver } from '../modules/persistence/database/database.js';
import { argumentsOrHelp, quoted, runCommand, UsageError } from './command-line.js';
import { runLoopbackFlow } from './oauth-loopback.js';

const USAGE = `Usage: npm run gmail:connect -- [connect | list | disconnect <address>] [--help]
  (or node dist/src/cli/gmail-connect.js <command>)

  connect               (the default) authorize a Gmail account in the browser (installed-app
                        flow, PKCE, loopback redirect on 127.0.0.1), store its refresh token
                        encrypted, take the history baseline and start users.watch. Needs
                        GOOGLE_OAUTH_CLIENT_ID, GOOGLE_OAUTH_CLIENT_SECRET, TOKEN_ENCRYPTION_KEY
                        (or TOKEN_ENCRYPTION_KEYS).
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
  const positionals = argumentsOrHelp(USAGE);
  if (!positionals) return 0;
  const [command = 'connect', ...rest] = positionals;
  const arity = { connect: 0, list: 0, disconnect: 1 } as Record<string, number>;
  if (!Object.hasOwn(arity, command))
    throw new UsageError(`unknown command ${quoted(command)} (connect, list or disconnect)`);
  if (rest.length > arity[command]!)
    throw new UsageError(`unexpected argument ${quoted(rest[arity[command]!]!)}`);
  if (rest.length < arity[command]!) throw new UsageError(`${command} needs an email address`);

  const given = loadProcessConfig();
  if (command === 'connect') requireConnectSettings(given);
  assertDatabaseUrl(given.database);
  await runMigrations({ ...given.database, ...given.queue });
  if (command === 'list') return await list(given);
  if (command === 'disconnect') return await disconnect(given, rest[0]!);
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
