import { Inject, Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { type Executor, KYSELY, now } from '../database/database.js';

/** A mailbox's stored settings document (see the mailbox-settings module for its fields). */
export interface StoredSettings {
  version: number;
  /** The document as JSON text: CamelCasePlugin would rename its keys if it were read as JSON. */
  settings: string;
  updatedAt: Date;
}

const SETTINGS_TEXT = sql<string>`settings::text`.as('settings');

/** mailbox_settings: one JSONB document per mailbox, read and written whole. */
@Injectable()
export class MailboxSettingsRepository {
  constructor(@Inject(KYSELY) private readonly db: Executor) {}

  async get(mailboxId: string, db: Executor = this.db): Promise<StoredSettings | null> {
    const row = await db
      .selectFrom('mailboxSettings')
      .select(['version', SETTINGS_TEXT, 'updatedAt'])
      .where('mailboxId', '=', mailboxId)
      .executeTakeFirst();
    return row ?? null;
  }

  /**
   * Read-modify-write of the mailbox's document, one at a time per mailbox (a transaction
   * holding an advisory lock on the mailbox: the row may not exist yet, so FOR UPDATE could not
   * serialise the first two writers). `change` gets the current document as JSON text and
   * answers the new one; it may throw to write nothing.
   */
  change(
    mailboxId: string,
    version: number,
    change: (current: string | null) => object,
  ): Promise<StoredSettings> {
    return this.db.transaction().execute(async (tx) => {
      await sql`SELECT pg_advisory_xact_lock(hashtext(${`mailbox_settings:${mailboxId}`}))`.execute(
        tx,
      );
      const current = await this.get(mailboxId, tx);
      return this.put(mailboxId, version, change(current?.settings ?? null), tx);
    });
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
      .returning(['version', SETTINGS_TEXT, 'updatedAt'])
      .executeTakeFirstOrThrow();
  }
}
