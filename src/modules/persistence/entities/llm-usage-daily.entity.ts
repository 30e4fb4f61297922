import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { MailboxEntity } from './mailbox.entity.js';

/**
 * LLM spend of one mailbox on one UTC day: the daily LLM budget's counter. One row per mailbox
 * and day, bumped in place (INSERT ... ON CONFLICT DO UPDATE) before each pipeline LLM call, so
 * the budget check is a single-row statement however much mail the mailbox has.
 */
@Entity({ name: 'llm_usage_daily' })
export class LlmUsageDailyEntity {
  @PrimaryColumn({ name: 'mailbox_id', type: 'uuid' })
  mailboxId: string;

  @ManyToOne(() => MailboxEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mailbox_id' })
  mailbox?: MailboxEntity;

  /** The UTC calendar day, as 'YYYY-MM-DD' (pg returns `date` as a string). */
  @PrimaryColumn({ type: 'date' })
  day: string;

  /** LLM calls reserved (granted), including calls that then failed: they may have cost too. */
  @Column({ type: 'integer', default: 0 })
  calls: number;

  /** Prompt + completion tokens; counted only while DAILY_LLM_TOKEN_CAP is on. */
  @Column({ type: 'bigint', default: 0 })
  tokens: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
