import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig } from '../core/config/app-config';
import { resolveInfrastructure } from '../bootstrap/infrastructure';
import { ConfigError, loadConfig } from '../core/config/load-config';
import { runMigrations } from '../core/database/migrate';
import { CoreModule } from '../app/core.module';
import { IngestionModule } from '../modules/ingestion/ingestion.module';
import { MailboxConnectService } from '../modules/ingestion/mailbox-connect.service';
import { runLoopbackFlow } from './oauth-loopback';

/**
 * `npm run gmail:connect`: authorize a Gmail account (installed-app flow on a loopback port),
 * store its refresh token encrypted, take the history baseline and start the watch.
 */
async function main(): Promise<void> {
  const given = loadConfig();
  const missing: string[] = (
    ['GOOGLE_OAUTH_CLIENT_ID', 'GOOGLE_OAUTH_CLIENT_SECRET'] as const
  ).filter((k) => !given[k]);
  // A key ring alone (TOKEN_ENCRYPTION_KEYS) is enough: that is where rotation ends up.
  if (!given.TOKEN_ENCRYPTION_KEY && !given.TOKEN_ENCRYPTION_KEYS)
    missing.push('TOKEN_ENCRYPTION_KEY');
  if (missing.length) throw new ConfigError(missing.map((k) => `${k}: required for gmail:connect`));
  // DATABASE_URL unset: the embedded PostgreSQL (shared with a running `npm run dev`, if any).
  const infra = await resolveInfrastructure(given);
  try {
    await connect(infra.config);
  } finally {
    await infra.stop();
  }
}

async function connect(config: AppConfig): Promise<void> {
  await runMigrations(config);
  const refreshToken = await runLoopbackFlow({
    clientId: config.GOOGLE_OAUTH_CLIENT_ID!,
    clientSecret: config.GOOGLE_OAUTH_CLIENT_SECRET!,
    authUrl: config.GOOGLE_OAUTH_AUTH_URL,
    tokenUrl: config.GOOGLE_OAUTH_TOKEN_URL,
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

main().catch((error: unknown) => {
  const message =
    error instanceof ConfigError
      ? `config error: ${error.problems.join('; ')}`
      : String((error as Error)?.message ?? error);
  process.stderr.write(`gmail:connect failed: ${message.split('\n')[0]}\n`);
  process.exit(1);
});
