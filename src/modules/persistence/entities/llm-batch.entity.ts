import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { ProcessingTaskEntity } from './processing-task.entity.js';

/** Where a submission to the OpenAI Batch API stands. */
export type LlmBatchState = 'submitting' | 'submitted' | 'ended';

/** Where one task's batched classification stands. */
export type LlmBatchRequestState = 'pending' | 'submitting' | 'submitted' | 'done' | 'failed';

/**
 * One submission to the OpenAI Batch API. Recorded (`submitting`) before the upload, so a
 * submitter that crashed before it learnt the provider's batch id looks the batch up by this id
 * (sent as the batch's metadata) instead of submitting the same requests twice.
 */
@Entity({ name: 'llm_batches' })
@Index('idx_llm_batches_state', ['state'])
export class LlmBatchEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'provider_batch_id', type: 'varchar', length: 100, nullable: true })
  providerBatchId: string | null;

  @Column({ type: 'varchar', length: 20, default: 'submitting' })
  state: LlmBatchState;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * A task's classification waiting for, or answered by, the Batch API. `body` (the request, with
 * the email text) lives here only until the batch is submitted; `result` holds the model's
 * answer until the classify stage has recorded it, then the row is deleted.
 */
@Entity({ name: 'llm_batch_requests' })
@Index('idx_llm_batch_requests_state', ['state'])
@Index('idx_llm_batch_requests_batch', ['batchId'])
export class LlmBatchRequestEntity {
  @PrimaryColumn({ name: 'task_id', type: 'uuid' })
  taskId: string;

  @ManyToOne(() => ProcessingTaskEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id' })
  task?: ProcessingTaskEntity;

  @Column({ type: 'varchar', length: 20, default: 'pending' })
  state: LlmBatchRequestState;

  @Column({ name: 'batch_id', type: 'uuid', nullable: true })
  batchId: string | null;

  @ManyToOne(() => LlmBatchEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'batch_id' })
  batch?: LlmBatchEntity;

  /**
   * JSON as text, not jsonb: the query builder maps result keys to camelCase, which would turn
   * the request's `max_tokens` into `maxTokens` on the way back.
   */
  @Column({ type: 'text', nullable: true })
  body: string | null;

  @Column({ type: 'text', nullable: true })
  result: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  error: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
