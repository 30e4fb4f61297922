import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { EmailEntity } from './email.entity.js';
import { ProcessingTaskEntity } from './processing-task.entity.js';

/** Dead letters: jobs that exhausted their attempts or failed non-retriably. */
@Entity({ name: 'failed_tasks' })
@Index('idx_failed_tasks_resolved', ['resolvedAt'])
@Index('idx_failed_tasks_email_id', ['emailId'])
export class FailedTaskEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'email_id', type: 'integer', nullable: true })
  emailId: number | null;

  @ManyToOne(() => EmailEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'email_id' })
  email?: EmailEntity;

  @Column({ name: 'task_id', type: 'uuid', nullable: true })
  taskId: string | null;

  @ManyToOne(() => ProcessingTaskEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'task_id' })
  task?: ProcessingTaskEntity;

  @Column({ name: 'task_name', type: 'varchar', length: 255 })
  taskName: string;

  @Column({ name: 'error_code', type: 'varchar', length: 100, nullable: true })
  errorCode: string | null;

  @Column({ name: 'error_message', type: 'text', nullable: true })
  errorMessage: string | null;

  @Column({ name: 'stack_trace', type: 'text', nullable: true })
  stackTrace: string | null;

  /** Raw LLM answer that failed validation, kept for diagnosis. */
  @Column({ name: 'raw_output', type: 'text', nullable: true })
  rawOutput: string | null;

  @Column({ name: 'retry_count', type: 'integer', default: 0 })
  retryCount: number;

  /** How many times the dead-letter scheduler or an operator re-ran it. */
  @Column({ name: 'dlq_retries', type: 'integer', default: 0 })
  dlqRetries: number;

  @Column({ name: 'last_retry_at', type: 'timestamptz', nullable: true })
  lastRetryAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;
}
