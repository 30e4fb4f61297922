import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { UserEntity } from './user.entity.js';

export type MailboxStatus = 'active' | 'paused' | 'needs_reauth' | 'disconnected';

/** A connected Gmail account. The refresh token is stored only encrypted (AES-256-GCM). */
@Entity({ name: 'mailboxes' })
@Index('idx_mailboxes_sync_due', ['status', 'syncDueAt'])
@Index('idx_mailboxes_watch_due', ['status', 'watchDueAt'])
@Index('idx_mailboxes_feedback_due', ['status', 'feedbackDueAt'])
@Index('idx_mailboxes_user', ['userId'])
export class MailboxEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Lower-cased Gmail address. */
  @Column({ name: 'email_address', type: 'varchar', length: 320, unique: true })
  emailAddress: string;

  @Column({ name: 'display_name', type: 'varchar', length: 255, nullable: true })
  displayName: string | null;

  /** Absent from ordinary reads (select: false): only the credential paths ask for it. */
  @Column({ name: 'encrypted_refresh_token', type: 'text', nullable: true, select: false })
  encryptedRefreshToken?: string | null;

  @Column({ type: 'varchar', length: 20, default: 'active' })
  status: MailboxStatus;

  @Column({ name: 'status_reason', type: 'text', nullable: true })
  statusReason: string | null;

  /** Gmail history ids are uint64 decimal strings; numeric keeps SQL comparisons exact. */
  @Column({ name: 'last_history_id', type: 'numeric', precision: 20, scale: 0, nullable: true })
  lastHistoryId: string | null;

  @Column({ name: 'watch_expires_at', type: 'timestamptz', nullable: true })
  watchExpiresAt: Date | null;

  @Column({ name: 'watch_renewed_at', type: 'timestamptz', nullable: true })
  watchRenewedAt: Date | null;

  @Column({ name: 'last_synced_at', type: 'timestamptz', nullable: true })
  lastSyncedAt: Date | null;

  /** Next safety-net sync (see MailboxScheduleRepository); null until the scheduler places it. */
  @Column({ name: 'sync_due_at', type: 'timestamptz', nullable: true })
  syncDueAt: Date | null;

  /** Next watch renewal, as syncDueAt. */
  @Column({ name: 'watch_due_at', type: 'timestamptz', nullable: true })
  watchDueAt: Date | null;

  /** Next sweep of its AI drafts' outcomes (draft-feedback), as syncDueAt. */
  @Column({ name: 'feedback_due_at', type: 'timestamptz', nullable: true })
  feedbackDueAt: Date | null;
  /** The console account that owns the mailbox; null for operator-managed mailboxes. */
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_mailboxes_user' })
  user?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
