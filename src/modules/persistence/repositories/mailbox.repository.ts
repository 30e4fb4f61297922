import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { sql } from 'kysely';
import { Repository } from 'typeorm';
import { MailboxEntity, MailboxStatus } from '../entities/mailbox.entity.js';
import {
  type Executor,
  KYSELY,
  MAILBOX_COLUMNS,
  type MailboxRow,
  now,
} from '../database/database.js';
import { CompiledStatement } from '../database/compiled-statement.js';
import { pushesCovered } from './notification.repository.js';

@Injectable()
export class MailboxRepository {
  // Compiled once (see CompiledStatement): it ends every sync.
  private readonly synced = new CompiledStatement((db, p: { id: string; historyId: string }) => {
    const next = sql<string>`${p.historyId}::numeric`;
    return db
      .with('covered', () => pushesCovered(db, { mailboxId: p.id, upToHistoryId: p.historyId }))
      .with('advanced', (qb) =>
        qb
          .updateTable('mailboxes')
          .set({ lastHistoryId: next, lastSyncedAt: now(), updatedAt: now() })
          .where('id', '=', p.id)
          .where((eb) => eb.or([eb('lastHistoryId', 'is', null), eb('lastHistoryId', '<', next)]))
          .returning('id'),
      )
      .selectFrom('advanced')
      .select('id');
  });

  constructor(
    @InjectRepository(MailboxEntity) private readonly repo: Repository<MailboxEntity>,
    @Inject(KYSELY) private readonly db: Executor,
  ) {}

  findById(id: string): Promise<MailboxEntity | null> {
    return this.repo.findOneBy({ id });
  }

  findByEmail(emailAddress: string): Promise<MailboxEntity | null> {
    return this.repo.findOneBy({ emailAddress: emailAddress.trim().toLowerCase() });
  }

  /** Mailboxes by address (lower-cased), in one query. */
  async findByEmails(emailAddresses: string[], db: Executor = this.db): Promise<MailboxRow[]> {
    const wanted = [...new Set(emailAddresses.map((e) => e.trim().toLowerCase()))];
    if (!wanted.length) return [];
    // = ANY(array): one statement text for any number of addresses.
    return db
      .selectFrom('mailboxes')
      .select(MAILBOX_COLUMNS)
      .where('emailAddress', '=', sql<string>`ANY(${wanted}::varchar[])`)
      .execute();
  }

  list(): Promise<MailboxEntity[]> {
    return this.repo.find({ order: { createdAt: 'ASC' } });
  }

  listOwnedBy(userId: string): Promise<MailboxEntity[]> {
    return this.repo.find({ where: { userId }, order: { createdAt: 'ASC' } });
  }

  listByStatus(status: MailboxStatus): Promise<MailboxEntity[]> {
    return this.repo.find({ where: { status }, order: { createdAt: 'ASC' } });
  }

  /** The encrypted refresh token (excluded from ordinary selects so it never leaks by accident). */
  async getEncryptedToken(id: string, db: Executor = this.db): Promise<string | null> {
    const row = await db
      .selectFrom('mailboxes')
      .select('encryptedRefreshToken')
      .where('id', '=', id)
      .executeTakeFirst();
    return row?.encryptedRefreshToken ?? null;
  }

  /** The mailbox and its encrypted refresh token in one query (sync reads both every time). */
  async findWithToken(
    id: string,
    db: Executor = this.db,
  ): Promise<{ mailbox: MailboxRow; encryptedToken: string | null } | null> {
    const row = await db
      .selectFrom('mailboxes')
      .select([...MAILBOX_COLUMNS, 'encryptedRefreshToken'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return null;
    const { encryptedRefreshToken, ...mailbox } = row;
    return { mailbox, encryptedToken: encryptedRefreshToken };
  }

  /** The stored history id alone (asked before every sync job). */
  async lastHistoryId(id: string, db: Executor = this.db): Promise<string | null> {
    const row = await db
      .selectFrom('mailboxes')
      .select('lastHistoryId')
      .where('id', '=', id)
      .executeTakeFirst();
    return row?.lastHistoryId ?? null;
  }

  /**
   * Creates or reconnects a mailbox with a fresh grant; the history baseline is set by the caller.
   * The token's ciphertext is bound to the mailbox id (see TokenCipher), which a new row has only
   * once inserted: `seal` receives the id and returns the encrypted token, and row and token are
   * written in one transaction, so no other reader ever sees the row without its new grant, and
   * only ciphertext reaches the database.
   */
  async upsertConnected(input: {
    emailAddress: string;
    displayName?: string | null;
    seal: (mailboxId: string) => string;
  }): Promise<MailboxEntity> {
    const emailAddress = input.emailAddress.trim().toLowerCase();
    const displayName = input.displayName ?? null;
    const id = await this.db.transaction().execute(async (tx) => {
      const row = await tx
        .insertInto('mailboxes')
        .values({ emailAddress, displayName, status: 'active' })
        .onConflict((oc) =>
          oc
            .column('emailAddress')
            .doUpdateSet({ status: 'active', statusReason: null, displayName, updatedAt: now() }),
        )
        .returning('id')
        .executeTakeFirstOrThrow();
      await tx
        .updateTable('mailboxes')
        .set({ encryptedRefreshToken: input.seal(row.id) })
        .where('id', '=', row.id)
        .execute();
      return row.id;
    });
    return (await this.findById(id)) as MailboxEntity;
  }

  /** A page of stored grants in id order after `afterId` (the re-encrypt command walks them). */
  tokenPage(
    afterId: string | null,
    limit: number,
    db: Executor = this.db,
  ): Promise<{ id: string; token: string }[]> {
    return db
      .selectFrom('mailboxes')
      .select(['id', 'encryptedRefreshToken as token'])
      .where('encryptedRefreshToken', 'is not', null)
      .$narrowType<{ token: string }>()
      .$if(afterId !== null, (qb) => qb.where('id', '>', afterId!))
      .orderBy('id')
      .limit(limit)
      .execute();
  }

  /**
   * Replaces grants in one statement, each only if the row still holds the value it was read
   * with (a `gmail:connect` in between wins). Returns the ids replaced.
   */
  async replaceTokens(
    rows: { id: string; from: string; to: string }[],
    db: Executor = this.db,
  ): Promise<string[]> {
    if (!rows.length) return [];
    const replacements = sql<{ id: string; prevToken: string; nextToken: string }>`unnest(
      ${rows.map((r) => r.id)}::uuid[],
      ${rows.map((r) => r.from)}::text[],
      ${rows.map((r) => r.to)}::text[])`.as<'v'>(sql`v(id, prev_token, next_token)`);
    const updated = await db
      .updateTable('mailboxes as m')
      .from(replacements)
      .set((eb) => ({ encryptedRefreshToken: eb.ref('v.nextToken') }))
      .whereRef('m.id', '=', 'v.id')
      .whereRef('m.encryptedRefreshToken', '=', 'v.prevToken')
      .returning('m.id')
      .execute();
    return updated.map((r) => r.id);
  }

  /**
   * A finished incremental sync up to `historyId`, in one statement: the stored history id moved
   * forward only (a late or replayed sync can never move the baseline back, which would
   * reprocess, nor jump past work not yet recorded) and every stored push of the mailbox up to
   * it marked covered (also when the baseline was past it already: a sync covered those pushes
   * all the same). True when the baseline moved.
   */
  async syncedTo(id: string, historyId: string, db: Executor = this.db): Promise<boolean> {
    return (await this.synced.rows(db, { id, historyId })).length > 0;
  }

  /** Replaces the baseline (full re-sync after Gmail forgot our start id). */
  async resetHistoryId(id: string, historyId: string): Promise<void> {
    await this.repo.update({ id }, { lastHistoryId: historyId, lastSyncedAt: new Date() });
  }

  async touchSynced(id: string): Promise<void> {
    await this.repo.update({ id }, { lastSyncedAt: new Date() });
  }

  async setStatus(id: string, status: MailboxStatus, reason: string | null = null): Promise<void> {
    await this.repo.update({ id }, { status, statusReason: reason });
  }

  /**
   * Forgets the grant: token and watch cleared, status `disconnected` (workers skip it until
   * gmail:connect stores a new grant). False when there is no such mailbox.
   */
  async disconnect(id: string, reason: string): Promise<boolean> {
    const result = await this.repo
      .createQueryBuilder()
      .update(MailboxEntity)
      .set({
        status: 'disconnected',
        statusReason: reason,
        encryptedRefreshToken: null,
        watchExpiresAt: null,
        watchRenewedAt: null,
      })
      .where('id = :id', { id })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  async setWatch(id: string, expiresAt: Date): Promise<void> {
    await this.repo.update({ id }, { watchExpiresAt: expiresAt, watchRenewedAt: new Date() });
  }

  countByStatus(status: MailboxStatus): Promise<number> {
    return this.repo.countBy({ status });
  }
}
