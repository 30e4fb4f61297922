import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { MailboxEntity } from './mailbox.entity.js';

/** One Gmail message the service has seen (metadata only: bodies are fetched from Gmail). */
@Entity({ name: 'emails' })
@Index('idx_emails_message_id', ['messageId'])
@Index('idx_emails_processed', ['processed'])
@Index('idx_emails_mailbox_thread', ['mailboxId', 'threadId'])
@Index('idx_emails_received_at', ['receivedAt'])
export class EmailEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'mailbox_id', type: 'uuid' })
  mailboxId: string;

  @ManyToOne(() => MailboxEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mailbox_id' })
  mailbox?: MailboxEntity;

  /** Gmail message id. */
  @Column({ name: 'message_id', type: 'varchar', length: 255, unique: true })
  messageId: string;

  @Column({ name: 'thread_id', type: 'varchar', length: 255, nullable: true })
  threadId: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  sender: string | null;

  @Column({ type: 'text', nullable: true })
  subject: string | null;

  @Column({ name: 'received_at', type: 'timestamptz', nullable: true })
  receivedAt: Date | null;

  @Column({ type: 'boolean', default: false })
  processed: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
