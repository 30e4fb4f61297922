import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { MailboxEntity } from './mailbox.entity.js';

/**
 * The Gmail label id a triage label name was created (or found) under in a mailbox, so labels
 * are created once and then applied by id. Renaming a label in the settings adds a row.
 */
@Entity({ name: 'mailbox_labels' })
export class MailboxLabelEntity {
  @PrimaryColumn({
    name: 'mailbox_id',
    type: 'uuid',
    primaryKeyConstraintName: 'PK_mailbox_labels',
  })
  mailboxId: string;

  @ManyToOne(() => MailboxEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mailbox_id', foreignKeyConstraintName: 'FK_mailbox_labels_mailbox' })
  mailbox?: MailboxEntity;

  /** Gmail allows 225 characters in a label name. */
  @PrimaryColumn({ type: 'varchar', length: 225, primaryKeyConstraintName: 'PK_mailbox_labels' })
  name: string;

  @Column({ name: 'gmail_label_id', type: 'varchar', length: 255 })
  gmailLabelId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
