import { Inject, Injectable } from '@nestjs/common';
import { type Executor, KYSELY, now } from '../database/database.js';

/** A mailbox's stored settings document (see the mailbox-settings module for its fields). */
export interface StoredSettings {
  version: number;
  settings: unknown;
  updatedAt: Date;
}

/** mailbox_settings: one JSONB document per mailbox, read and written whole. */
@Injectable()
export class MailboxSettingsRepository {
  constructor(@Inject(KYSELY) private readonly db: Executor) {}

  async get(mailboxId: string, db: Executor = this.db): Promise<StoredSettings | null> {
    const row = await db
      .selectFrom('mailboxSettings')
      .select(['version', 'settings', 'updatedAt'])
      .where('mailboxId', '=', mailboxId)
      .executeTakeFirst();
    return row ?? null;
  }

  /** Replaces the mailbox's document (inserting the row the first time). */
  async put(
    mailboxId: string,
    version: number,
    settings: object,
    db: Executor = this.db,
  ): Promise<StoredSettings> {
    const json = JSON.stringify(settings);
    return db
      .insertInto('mailboxSettings')
      .values({ mailboxId, version, settings: json })
      .onConflict((oc) =>
        oc.column('mailboxId').doUpdateSet({ version, settings: json, updatedAt: now() }),
      )
      .returning(['version', 'settings', 'updatedAt'])
      .executeTakeFirstOrThrow();
  }
}
