import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { MailboxEntity, MailboxStatus } from '../entities/mailbox.entity.js';
import { PreparedStatements } from './prepared-statements.js';
import { RowMapper } from './row-mapper.js';

@Injectable()
export class MailboxRepository {
  // Statements every sync runs are prepared SQL (see PreparedStatements); the rest uses TypeORM.
  private readonly sql: PreparedStatements;
  private readonly row: RowMapper<MailboxEntity>;

  constructor(
    @InjectRepository(MailboxEntity) private readonly repo: Repository<MailboxEntity>,
    @InjectDataSource() dataSource: DataSource,
  ) {
    this.sql = new PreparedStatements(dataSource);
    this.row = new RowMapper(dataSource, MailboxEntity, 'm');
  }

  findById(id: string): Promise<MailboxEntity | null> {
    return this.repo.findOneBy({ id });
  }

  findByEmail(emailAddress: string): Promise<MailboxEntity | null> {
    return this.repo.findOneBy({ emailAddress: emailAddress.trim().toLowerCase() });
  }

  /** Mailboxes by address (lower-cased), in one query. */
  async findByEmails(emailAddresses: string[]): Promise<MailboxEntity[]> {
    const wanted = [...new Set(emailAddresses.map((e) => e.trim().toLowerCase()))];
    if (!wanted.length) return [];
    // Every webhook batch runs it: a prepared statement (see PreparedStatements).
    const rows = await this.sql.query(
      'mailboxes_by_emails',
      `SELECT ${this.row.select()} FROM mailboxes m WHERE m.email_address = ANY($1::varchar[])`,
      [wanted],
    );
    return rows.map((r) => this.row.map(r) as MailboxEntity);
  }

  list(): Promise<MailboxEntity[]> {
    return this.repo.find({ order: { createdAt: 'ASC' } });
  }

  listByStatus(status: MailboxStatus): Promise<MailboxEntity[]> {
    return this.repo.find({ where: { status }, order: { createdAt: 'ASC' } });
  }

  /** The encrypted refresh token (excluded from ordinary selects so it never leaks by accident). */
  async getEncryptedToken(id: string): Promise<string | null> {
    const row = await this.repo
      .createQueryBuilder('m')
      .select('m.encrypted_refresh_token', 'token')
      .where('m.id = :id', { id })
      .getRawOne<{ token: string | null }>();
    return row?.token ?? null;
  }

  /** The mailbox and its encrypted refresh token in one query (sync reads both every time). */
  async findWithToken(
    id: string,
  ): Promise<{ mailbox: MailboxEntity; encryptedToken: string | null } | null> {
    const rows = await this.sql.query(
      'mailbox_with_token',
      `SELECT ${this.row.select()}, m.encrypted_refresh_token AS token FROM mailboxes m WHERE m.id = $1`,
      [id],
    );
    const mailbox = rows[0] && this.row.map(rows[0]);
    return mailbox ? { mailbox, encryptedToken: (rows[0].token as string | null) ?? null } : null;
  }

  /** The stored history id alone (asked before every sync job). */
  async lastHistoryId(id: string): Promise<string | null> {
    const rows = await this.sql.query<{ h: string | null }>(
      'mailbox_history_id',
      'SELECT last_history_id::text AS h FROM mailboxes WHERE id = $1',
      [id],
    );
    return rows[0]?.h ?? null;
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
    const id = await this.repo.manager.transaction(async (tx) => {
      const [row] = (await tx.query(
        `INSERT INTO mailboxes (email_address, display_name, status) VALUES ($1, $2, 'active')
         ON CONFLICT (email_address) DO UPDATE SET status = 'active', status_reason = NULL,
           display_name = EXCLUDED.display_name, updated_at = now()
         RETURNING id`,
        [emailAddress, input.displayName ?? null],
      )) as { id: string }[];
      await tx.query('UPDATE mailboxes SET encrypted_refresh_token = $2 WHERE id = $1', [
        row!.id,
        input.seal(row!.id),
      ]);
      return row!.id;
    });
    return (await this.findById(id)) as MailboxEntity;
  }

  /** A page of stored grants in id order after `afterId` (the re-encrypt command walks them). */
  async tokenPage(afterId: string | null, limit: number): Promise<{ id: string; token: string }[]> {
    // Through PreparedStatements for its plain rows (TypeORM's query() shapes results per command).
    return this.sql.query<{ id: string; token: string }>(
      'mailbox_token_page',
      `SELECT id::text AS id, encrypted_refresh_token AS token FROM mailboxes
        WHERE encrypted_refresh_token IS NOT NULL AND ($1::uuid IS NULL OR id > $1::uuid)
        ORDER BY id LIMIT $2`,
      [afterId, limit],
    );
  }

  /**
   * Replaces grants in one statement, each only if the row still holds the value it was read
   * with (a `gmail:connect` in between wins). Returns the ids replaced.
   */
  async replaceTokens(rows: { id: string; from: string; to: string }[]): Promise<string[]> {
    if (!rows.length) return [];
    const updated = await this.sql.query<{ id: string }>(
      'mailbox_replace_tokens',
      `UPDATE mailboxes m SET encrypted_refresh_token = v.next_token
         FROM unnest($1::uuid[], $2::text[], $3::text[]) AS v(id, prev_token, next_token)
        WHERE m.id = v.id AND m.encrypted_refresh_token = v.prev_token
        RETURNING m.id::text AS id`,
      [rows.map((r) => r.id), rows.map((r) => r.from), rows.map((r) => r.to)],
    );
    return updated.map((r) => r.id);
  }

  /**
   * Moves the stored history id forward only: a late or replayed sync can never move the
   * baseline back (which would reprocess) nor jump past work not yet recorded.
   */
  async advanceHistoryId(id: string, historyId: string): Promise<boolean> {
    const rows = await this.sql.query(
      'mailbox_advance_history',
      `UPDATE mailboxes SET last_history_id = $2::numeric, last_synced_at = now(), updated_at = now()
        WHERE id = $1 AND (last_history_id IS NULL OR last_history_id < $2::numeric) RETURNING id`,
      [id, historyId],
    );
    return rows.length > 0;
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
