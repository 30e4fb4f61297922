import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { MailboxEntity } from './mailbox.entity.js';

/**
 * A mailbox's own settings: one JSONB document, validated and versioned by the mailbox-settings
 * module (what each field means lives there). What a mailbox leaves out, the environment's
 * default covers; a mailbox without a row uses the defaults throughout.
 */
@Entity({ name: 'mailbox_settings' })
export class MailboxSettingsEntity {
  @PrimaryColumn({
    name: 'mailbox_id',
    type: 'uuid',
    primaryKeyConstraintName: 'PK_mailbox_settings',
  })
  mailboxId: string;

  @OneToOne(() => MailboxEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mailbox_id', foreignKeyConstraintName: 'FK_mailbox_settings_mailbox' })
  mailbox?: MailboxEntity;

  /** Schema version of `settings`, so a later release can read (and upgrade) older documents. */
  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'jsonb' })
  settings: Record<string, unknown>;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
