import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  OneToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { EmailEntity } from './email.entity.js';

/** `applying`: recorded before messages.modify; `applied`: Gmail confirmed (or already had it). */
export type EmailLabelState = 'applying' | 'applied';

/**
 * The triage label of one email: at most one per email, ever. A reprocessed email keeps the
 * label it got first, and one the user removed is never put back.
 */
@Entity({ name: 'email_labels' })
export class EmailLabelEntity {
  @PrimaryColumn({ name: 'email_id', type: 'integer', primaryKeyConstraintName: 'PK_email_labels' })
  emailId: number;

  @OneToOne(() => EmailEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'email_id', foreignKeyConstraintName: 'FK_email_labels_email' })
  email?: EmailEntity;

  /** The triage outcome the label stands for (needs_reply, fyi, spam, skipped). */
  @Column({ type: 'varchar', length: 20 })
  outcome: string;

  @Column({ name: 'gmail_label_id', type: 'varchar', length: 255 })
  gmailLabelId: string;

  @Column({ type: 'varchar', length: 20 })
  state: EmailLabelState;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
