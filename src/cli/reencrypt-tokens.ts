import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { resolveInfrastructure } from '../bootstrap/infrastructure';
import { ConfigError, loadConfig } from '../core/config/load-config';
import { buildKeyRing } from '../core/config/token-key-ring';
import { dataSourceOptions } from '../core/database/data-source.options';
import { runMigrations } from '../core/database/migrate';
import { TokenCipher } from '../modules/gmail/token-cipher.service';
import { TokenReencryptService } from '../modules/ingestion/token-reencrypt.service';
import { MailboxEntity } from '../modules/persistence/entities/mailbox.entity';
import { MailboxRepository } from '../modules/persistence/repositories/mailbox.repository';

/** Same code as main.ts uses for a bad setting (EX_CONFIG). */
const EXIT_CONFIG = 78;

/**
 * `npm run tokens:reencrypt`: rewrites every stored OAuth grant that is not yet under
 * TOKEN_ENCRYPTION_ACTIVE_KEY_ID in the current format (see README, "Rotating the key").
 * Prints counts only, never tokens. Exit 0 when every grant is now current, 1 when some could
 * not be decrypted (their mailbox ids are listed; the old key must stay in the ring for them).
 */
async function main(): Promise<number> {
  const given = loadConfig();
  if (!buildKeyRing(given).ring)
    throw new ConfigError([
      'TOKEN_ENCRYPTION_KEY: required for tokens:reencrypt (or TOKEN_ENCRYPTION_KEYS)',
    ]);
  // DATABASE_URL unset: the embedded PostgreSQL (shared with a running `npm run dev`, if any).
  const infra = await resolveInfrastructure(given);
  try {
    await runMigrations(infra.config);
    const ds = new DataSource(dataSourceOptions({ ...infra.config, DATABASE_POOL_SIZE: 2 }));
    await ds.initialize();
    try {
      // Plain construction, no Nest context: this command needs two classes, not the app's
      // queues and schedulers.
      const mailboxes = new MailboxRepository(ds.getRepository(MailboxEntity), ds);
      const counts = await new TokenReencryptService(mailboxes, new TokenCipher(given)).run();
      process.stdout.write(
        `mailboxes with a grant: ${counts.scanned}, re-encrypted: ${counts.reencrypted}, ` +
          `already current: ${counts.current}, replaced meanwhile: ${counts.changed}, ` +
          `failed: ${counts.failedIds.length}\n`,
      );
      if (!counts.failedIds.length) return 0;
      process.stderr.write(
        `cannot decrypt the grant of mailbox ${counts.failedIds.join(', ')}: keep their key in ` +
          'the ring, or reconnect them with npm run gmail:connect\n',
      );
      return 1;
    } finally {
      await ds.destroy();
    }
  } finally {
    await infra.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const config = error instanceof ConfigError;
    const message = config
      ? `config error: ${error.problems.join('; ')}`
      : String((error as Error)?.message ?? error);
    process.stderr.write(`tokens:reencrypt failed: ${message.split('\n')[0]}\n`);
    process.exit(config ? EXIT_CONFIG : 1);
  },
);
