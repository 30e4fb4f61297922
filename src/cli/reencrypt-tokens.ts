import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadProcessConfig } from '../app/app-config.js';
import { assertDatabaseUrl, ConfigError } from '../core/config/load-config.js';
import { dataSourceOptions } from '../core/database/data-source.options.js';
import { runMigrations } from '../core/database/migrate.js';
import { TokenCipher } from '../modules/mailbox-credentials/token-cipher.service.js';
import { buildKeyRing } from '../modules/mailbox-credentials/token-key-ring.js';
import { TokenReencryptService } from '../modules/ingestion/token-reencrypt.service.js';
import { ENTITIES } from '../modules/persistence/entities/index.js';
import { MailboxEntity } from '../modules/persistence/entities/mailbox.entity.js';
import { MailboxRepository } from '../modules/persistence/repositories/mailbox.repository.js';
import { argumentsOrHelp, runCommand, UsageError } from './command-line.js';

const USAGE = `Usage: npm run tokens:reencrypt [-- --help]
  (or node dist/src/cli/reencrypt-tokens.js)

Rewrites every stored OAuth grant that is not yet under TOKEN_ENCRYPTION_ACTIVE_KEY_ID, in
batches; prints counts, never tokens. Safe to re-run. See README, "Rotating the token
encryption key".
  -h, --help  this text

Settings: the environment, then ENV_FILE (default ./.env) for what it does not set.
Exit codes: 0 every grant current, 1 some grant no key opens (their mailbox ids are listed),
2 wrong command line, 78 bad setting.
`;

/**
 * `npm run tokens:reencrypt`: rewrites every stored OAuth grant that is not yet under
 * TOKEN_ENCRYPTION_ACTIVE_KEY_ID in the current format (see README, "Rotating the key").
 * Prints counts only, never tokens. Exit 0 when every grant is now current, 1 when some could
 * not be decrypted (their mailbox ids are listed; the old key must stay in the ring for them).
 */
async function main(): Promise<number> {
  const positionals = argumentsOrHelp(USAGE);
  if (!positionals) return 0;
  if (positionals.length) throw new UsageError('takes no arguments');
  const given = loadProcessConfig();
  if (!buildKeyRing(given.tokenKeys).ring)
    throw new ConfigError([
      'TOKEN_ENCRYPTION_KEY: required for tokens:reencrypt (or TOKEN_ENCRYPTION_KEYS)',
    ]);
  assertDatabaseUrl(given.database);
  await runMigrations({ ...given.database, ...given.queue });
  const ds = new DataSource(
    dataSourceOptions({ ...given.database, DATABASE_POOL_SIZE: 2 }, ENTITIES),
  );
  await ds.initialize();
  try {
    // Plain construction, no Nest context: this command needs two classes, not the app's
    // queues and schedulers.
    const mailboxes = new MailboxRepository(ds.getRepository(MailboxEntity), ds);
    const counts = await new TokenReencryptService(
      mailboxes,
      new TokenCipher(given.tokenKeys),
    ).run();
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
}

runCommand('tokens:reencrypt', main);
