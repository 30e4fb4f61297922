import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import type { FailedTaskRow } from '../../persistence/database/database.js';
import type { ProcessingTaskEntity } from '../../persistence/entities/processing-task.entity.js';
import { AdminPrincipal, canSeeContent } from '../auth/admin-role.js';
import { PageQueryDto } from './page-query.dto.js';
import { TaskSummaryDto } from './task-summary.dto.js';

const CONTENT_NOTE = 'May quote email content: present only for operator and admin keys.';

export const FAILED_TASK_STATES = ['all', 'unresolved', 'resolved'] as const;

export class FailedTaskListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: FAILED_TASK_STATES,
    default: 'all',
    description: 'Unresolved entries always come first',
  })
  @IsOptional()
  @IsIn(FAILED_TASK_STATES)
  state?: (typeof FAILED_TASK_STATES)[number];
}

export class IntIdParamDto {
  @ApiProperty({ type: 'integer', minimum: 1 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  id: number;
}

export class FailedTaskDto {
  @ApiProperty({ type: 'integer' })
  id: number;

  @ApiProperty({ type: 'integer', nullable: true, description: 'Internal email id' })
  email_id: number | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  task_id: string | null;

  @ApiProperty({ description: 'Stage that failed', example: 'classify' })
  task_name: string;

  @ApiProperty({ type: String, nullable: true, example: 'LLM_INVALID_OUTPUT' })
  error_code: string | null;

  @ApiProperty({ type: String, nullable: true })
  error_message: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: CONTENT_NOTE })
  stack_trace?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: `Raw LLM answer that failed validation. ${CONTENT_NOTE}`,
  })
  raw_output?: string | null;

  @ApiProperty({ type: 'integer', description: 'Attempts made by the job before it gave up' })
  retry_count: number;

  @ApiProperty({
    type: 'integer',
    description: 'Dead-letter re-runs so far (scheduler or operator)',
  })
  dlq_retries: number;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  last_retry_at: Date | null;

  @ApiProperty({ format: 'date-time' })
  created_at: Date;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  resolved_at: Date | null;

  static from(f: FailedTaskRow, principal: AdminPrincipal): FailedTaskDto {
    const dto: FailedTaskDto = {
      id: f.id,
      email_id: f.emailId,
      task_id: f.taskId,
      task_name: f.taskName,
      error_code: f.errorCode,
      error_message: f.errorMessage,
      retry_count: f.retryCount,
      dlq_retries: f.dlqRetries,
      last_retry_at: f.lastRetryAt,
      created_at: f.createdAt,
      resolved_at: f.resolvedAt,
    };
    if (canSeeContent(principal)) {
      dto.stack_trace = f.stackTrace;
      dto.raw_output = f.rawOutput;
    }
    return dto;
  }
}

export class FailedTaskPageDto {
  @ApiProperty({ type: [FailedTaskDto] })
  items: FailedTaskDto[];

  @ApiProperty({ type: String, nullable: true })
  next_cursor: string | null;
}

export class RetryResultDto {
  @ApiProperty({ type: FailedTaskDto })
  failed_task: FailedTaskDto;

  @ApiProperty({
    type: TaskSummaryDto,
    description: 'The reopened task (status pending, stage where the failed stage starts)',
  })
  task: TaskSummaryDto;

  static from(
    f: FailedTaskRow,
    task: ProcessingTaskEntity,
    principal: AdminPrincipal,
  ): RetryResultDto {
    return { failed_task: FailedTaskDto.from(f, principal), task: TaskSummaryDto.from(task) };
  }
}
