import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { MailboxEntity, MailboxStatus } from '../entities/mailbox.entity';

@Injectable()
export class MailboxRepository {
  constructor(@InjectRepository(MailboxEntity) private readonly repo: Repository<MailboxEntity>) {}

  findById(id: string): Promise<MailboxEntity | null> {
    return this.repo.findOneBy({ id });
  }

  findByEmail(emailAddress: string): Promise<MailboxEntity | null> {
    return this.repo.findOneBy({ emailAddress: emailAddress.trim().toLowerCase() });
  }

  /** Mailboxes by address (lower-cased), in one query. */
  findByEmails(emailAddresses: string[]): Promise<MailboxEntity[]> {
    const wanted = [...new Set(emailAddresses.map((e) => e.trim().toLowerCase()))];
    return wanted.length ? this.repo.find({ where: { emailAddress: In(wanted) } }) : Promise.resolve([]);
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

  /** Creates or reconnects a mailbox with a fresh grant; the history baseline is set by the caller. */
  async upsertConnected(input: {
    emailAddress: string;
    displayName?: string | null;
    encryptedRefreshToken: string;
  }): Promise<MailboxEntity> {
    const emailAddress = input.emailAddress.trim().toLowerCase();
    await this.repo
      .createQueryBuilder()
      .insert()
      .into(MailboxEntity)
      .values({
        emailAddress,
        displayName: input.displayName ?? null,
        encryptedRefreshToken: input.encryptedRefreshToken,
        status: 'active',
      })
      .orUpdate(['encrypted_refresh_token', 'status', 'display_name', 'updated_at'], ['email_address'])
      .execute();
    await this.repo.update({ emailAddress }, { statusReason: null });
    return (await this.findByEmail(emailAddress)) as MailboxEntity;
  }

  /**
   * Moves the stored history id forward only: a late or replayed sync can never move the
   * baseline back (which would reprocess) nor jump past work not yet recorded.
   */
  async advanceHistoryId(id: string, historyId: string): Promise<boolean> {
    const result = await this.repo
      .createQueryBuilder()
      .update(MailboxEntity)
      .set({ lastHistoryId: historyId, lastSyncedAt: () => 'now()' })
      .where('id = :id', { id })
      .andWhere('(last_history_id IS NULL OR last_history_id < CAST(:historyId AS numeric))', { historyId })
      .execute();
    return (result.affected ?? 0) > 0;
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

  async setWatch(id: string, expiresAt: Date): Promise<void> {
    await this.repo.update({ id }, { watchExpiresAt: expiresAt, watchRenewedAt: new Date() });
  }

  countByStatus(status: MailboxStatus): Promise<number> {
    return this.repo.countBy({ status });
  }
}
