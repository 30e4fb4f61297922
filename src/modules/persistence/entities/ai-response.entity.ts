import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { EmailEntity } from './email.entity.js';
import { MailboxEntity } from './mailbox.entity.js';
import { ProcessingTaskEntity } from './processing-task.entity.js';

export type DraftState = 'none' | 'creating' | 'created';

/** The AI's work for one task: classification, then reply, then the Gmail draft. */
@Entity({ name: 'ai_responses' })
@Index('idx_ai_responses_email_id', ['emailId'])
@Index('idx_ai_responses_created_at', ['createdAt'])
// The daily draft cap counts a mailbox's replies since midnight on every generate: a range scan
// of this index, however long the mailbox's history (it used to scan every response).
@Index('idx_ai_responses_mailbox_reply', ['mailboxId', 'replyGeneratedAt'])
export class AiResponseEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'email_id', type: 'integer' })
  emailId: number;

  @ManyToOne(() => EmailEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'email_id' })
  email?: EmailEntity;

  /** The email's mailbox, copied from it (the draft cap counts per mailbox without a join). */
  @Column({ name: 'mailbox_id', type: 'uuid' })
  mailboxId: string;

  @ManyToOne(() => MailboxEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mailbox_id' })
  mailbox?: MailboxEntity;

  @Column({ name: 'task_id', type: 'uuid' })
  taskId: string;

  @OneToOne(() => ProcessingTaskEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id' })
  task?: ProcessingTaskEntity;

  @Column({ type: 'varchar', length: 50, nullable: true })
  category: string | null;

  @Column({ type: 'double precision', nullable: true })
  confidence: number | null;

  @Column({ type: 'text', nullable: true })
  reasoning: string | null;

  @Column({ name: 'generated_reply', type: 'text', nullable: true })
  generatedReply: string | null;

  /** When the reply was written (updated_at also moves when the draft is recorded). */
  @Column({ name: 'reply_generated_at', type: 'timestamptz', nullable: true })
  replyGeneratedAt: Date | null;

  /** Model that classified, e.g. "gpt-4o-mini", "offline" or "prefilter:list-id". */
  @Column({ name: 'model_used', type: 'varchar', length: 100, nullable: true })
  modelUsed: string | null;

  @Column({ name: 'reply_model_used', type: 'varchar', length: 100, nullable: true })
  replyModelUsed: string | null;

  /** Provider that wrote the reply (openai, anthropic, offline): a label of the outcome metrics. */
  @Column({ name: 'reply_provider', type: 'varchar', length: 50, nullable: true })
  replyProvider: string | null;

  /** Prompt + completion tokens over every LLM call of this task. */
  @Column({ name: 'tokens_used', type: 'integer', default: 0 })
  tokensUsed: number;

  @Column({ name: 'prompt_tokens', type: 'integer', default: 0 })
  promptTokens: number;

  @Column({ name: 'completion_tokens', type: 'integer', default: 0 })
  completionTokens: number;

  /** Of prompt_tokens, read from the provider's prompt cache (billed at its cached price). */
  @Column({ name: 'cached_prompt_tokens', type: 'integer', default: 0 })
  cachedPromptTokens: number;

  @Column({ name: 'cost_usd', type: 'double precision', default: 0 })
  costUsd: number;

  @Column({ name: 'draft_id', type: 'varchar', length: 255, nullable: true })
  draftId: string | null;

  /** Gmail message id of the draft as we wrote it: a different id later means the user edited it. */
  @Column({ name: 'draft_message_id', type: 'varchar', length: 255, nullable: true })
  draftMessageId: string | null;

  /** Recorded before drafts.create; the same value goes into the draft's marker header. */
  @Column({ name: 'draft_marker', type: 'uuid', nullable: true })
  draftMarker: string | null;

  @Column({ name: 'draft_state', type: 'varchar', length: 20, default: 'none' })
  draftState: DraftState;

  /** Knowledge notes the reply's prompt held (ids; a note deleted later stays listed). */
  @Column({ name: 'note_ids', type: 'uuid', array: true, default: () => "'{}'" })
  noteIds: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
