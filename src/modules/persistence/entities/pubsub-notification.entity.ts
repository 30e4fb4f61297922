import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Every authenticated Pub/Sub push, stored before it is acknowledged. The unique Pub/Sub
 * message id makes redeliveries no-ops.
 */
@Entity({ name: 'pubsub_notifications' })
@Index('idx_notifications_unprocessed', ['receivedAt'], { where: 'processed_at IS NULL' })
export class PubsubNotificationEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'pubsub_message_id', type: 'varchar', length: 255, unique: true })
  pubsubMessageId: string;

  @Column({ name: 'mailbox_id', type: 'uuid', nullable: true })
  mailboxId: string | null;

  @Column({ name: 'email_address', type: 'varchar', length: 320 })
  emailAddress: string;

  @Column({ name: 'history_id', type: 'numeric', precision: 20, scale: 0 })
  historyId: string;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'received_at', type: 'timestamptz', default: () => 'now()' })
  receivedAt: Date;

  @Column({ name: 'processed_at', type: 'timestamptz', nullable: true })
  processedAt: Date | null;
}
