import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { TaskStage, TaskStatus } from '../../task-lifecycle/task-state.js';
import { EmailEntity } from './email.entity.js';

/** One run of the pipeline for one email. Postgres is the source of truth for its state. */
@Entity({ name: 'processing_tasks' })
@Index('idx_tasks_status', ['status'])
@Index('idx_tasks_correlation_id', ['correlationId'])
@Index('idx_tasks_email_id', ['emailId'])
// At most one live run per email: concurrent deliveries cannot start a second one.
@Index('uq_tasks_one_active_per_email', ['emailId'], {
  unique: true,
  where: "status IN ('pending', 'processing')",
})
export class ProcessingTaskEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'email_id', type: 'integer' })
  emailId: number;

  @ManyToOne(() => EmailEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'email_id' })
  email?: EmailEntity;

  @Column({ type: 'varchar', length: 50, default: 'pending' })
  status: TaskStatus;

  @Column({ type: 'varchar', length: 50, default: 'queued' })
  stage: TaskStage;

  @Column({ name: 'correlation_id', type: 'uuid' })
  correlationId: string;

  /** Why a task was skipped (pre-filter rule, low confidence, category, draft cap). */
  @Column({ name: 'skip_reason', type: 'varchar', length: 100, nullable: true })
  skipReason: string | null;

  @Column({ name: 'error_message', type: 'text', nullable: true })
  errorMessage: string | null;

  /** Routed to the priority queue (VIP sender). */
  @Column({ type: 'boolean', default: false })
  priority: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;
}
