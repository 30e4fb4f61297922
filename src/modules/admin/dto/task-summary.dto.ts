import { ApiProperty } from '@nestjs/swagger';
import type { ProcessingTaskEntity } from '../../persistence/entities/processing-task.entity.js';
import { TASK_STAGES, TASK_STATUSES } from '../../task-lifecycle/task-state.js';

/** One processing run of an email. */
export class TaskSummaryDto {
  @ApiProperty({ format: 'uuid' })
  task_id: string;

  @ApiProperty({ enum: [...TASK_STATUSES] })
  status: string;

  @ApiProperty({ enum: [...TASK_STAGES] })
  stage: string;

  @ApiProperty({ format: 'uuid' })
  correlation_id: string;

  @ApiProperty({ type: String, nullable: true })
  skip_reason: string | null;

  @ApiProperty({ type: String, nullable: true })
  error_message: string | null;

  @ApiProperty()
  priority: boolean;

  @ApiProperty({ format: 'date-time' })
  created_at: Date;

  @ApiProperty({ format: 'date-time' })
  updated_at: Date;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  completed_at: Date | null;

  static from(t: ProcessingTaskEntity): TaskSummaryDto {
    return {
      task_id: t.id,
      status: t.status,
      stage: t.stage,
      correlation_id: t.correlationId,
      skip_reason: t.skipReason,
      error_message: t.errorMessage,
      priority: t.priority,
      created_at: t.createdAt,
      updated_at: t.updatedAt,
      completed_at: t.completedAt,
    };
  }
}
