import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryColumn,
} from 'typeorm';
import { AiResponseEntity } from './ai-response.entity.js';
import { MailboxEntity } from './mailbox.entity.js';

/**
 * What became of an AI draft (draft-feedback module, draft-outcome.ts):
 * - `sent_unchanged`: the owner sent it as written (similarity ≥ 0.98);
 * - `sent_edited`: sent after edits (the text still derives from the draft);
 * - `manual_reply`: the owner answered in the thread with a text of their own;
 * - `deleted`: the draft was discarded and nothing was sent;
 * - `pending`: still a draft after FEEDBACK_PENDING_DAYS (the only state a later observation
 *   may change).
 */
export const DRAFT_OUTCOMES = [
  'sent_unchanged',
  'sent_edited',
  'manual_reply',
  'deleted',
  'pending',
] as const;
export type DraftOutcome = (typeof DRAFT_OUTCOMES)[number];

/**
 * One row per AI draft whose outcome has been observed; a draft without a row is still being
 * watched. Kept apart from ai_responses: retention prunes the generated text there, never these
 * figures, and a mailbox purge removes both.
 */
@Entity({ name: 'draft_feedback' })
export class DraftFeedbackEntity {
  @PrimaryColumn({
    name: 'ai_response_id',
    type: 'integer',
    primaryKeyConstraintName: 'PK_draft_feedback',
  })
  aiResponseId: number;

  @OneToOne(() => AiResponseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ai_response_id', foreignKeyConstraintName: 'FK_draft_feedback_response' })
  response?: AiResponseEntity;

  @Column({ name: 'mailbox_id', type: 'uuid' })
  mailboxId: string;

  @ManyToOne(() => MailboxEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mailbox_id', foreignKeyConstraintName: 'FK_draft_feedback_mailbox' })
  mailbox?: MailboxEntity;

  @Column({ type: 'varchar', length: 20 })
  outcome: DraftOutcome;

  /** 0..1 between the draft as written and the text the owner sent; null when nothing was sent. */
  @Column({ type: 'double precision', nullable: true })
  similarity: number | null;

  /** Gmail id of the sent message the outcome was read from. */
  @Column({ name: 'sent_message_id', type: 'varchar', length: 255, nullable: true })
  sentMessageId: string | null;

  /** When the current outcome was observed (a pending row's later upgrade moves it). */
  @Column({ name: 'observed_at', type: 'timestamptz', default: () => 'now()' })
  observedAt: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
