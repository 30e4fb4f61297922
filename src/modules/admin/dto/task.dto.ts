import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import type { AiResponseEntity } from '../../persistence/entities/ai-response.entity.js';
import type { EmailEntity } from '../../persistence/entities/email.entity.js';
import type { ProcessingTaskEntity } from '../../persistence/entities/processing-task.entity.js';
import type { AdminPrincipal } from '../auth/admin-role.js';
import { AiResponseSummaryDto } from './ai-response.dto.js';
import { TASK_STAGES, TASK_STATUSES } from '../../task-lifecycle/task-state.js';

/** Gmail message ids are hex; the bounds leave room for other id styles without allowing junk. */
export const EMAIL_ID_PATTERN = /^[A-Za-z0-9_-]{6,64}$/;

export class ProcessEmailDto {
  @ApiProperty({
    description: 'Gmail message id',
    example: '18f3a2b1c5d4e6f7',
    pattern: EMAIL_ID_PATTERN.source,
  })
  // The pattern is checked by the service so a bad id gets the design's INVALID_EMAIL_ID code.
  @IsString()
  email_id: string;

  @ApiPropertyOptional({
    description: 'Mailbox email address or id. May be omitted when exactly one mailbox is active.',
    example: 'me@example.com',
  })
  @IsOptional()
  @IsString()
  @MaxLength(320)
  mailbox?: string;

  @ApiPropertyOptional({
    default: false,
    description: 'Start a new run even if the email was already processed',
  })
  @IsOptional()
  @IsBoolean()
  force_reprocess?: boolean;
}

export class ProcessEmailResponseDto {
  @ApiProperty({ format: 'uuid' })
  task_id: string;

  @ApiProperty({ description: 'Gmail message id', example: '18f3a2b1c5d4e6f7' })
  email_id: string;

  @ApiProperty({ enum: [...TASK_STATUSES], example: 'pending' })
  status: string;

  @ApiProperty({ enum: [...TASK_STAGES], example: 'queued' })
  stage: string;

  @ApiProperty({ format: 'uuid' })
  correlation_id: string;

  @ApiProperty({ format: 'date-time' })
  created_at: Date;

  static from(task: ProcessingTaskEntity, email: EmailEntity): ProcessEmailResponseDto {
    return {
      task_id: task.id,
      email_id: email.messageId,
      status: task.status,
      stage: task.stage,
      correlation_id: task.correlationId,
      created_at: task.createdAt,
    };
  }
}

export class TaskIdParamDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  task_id: string;
}

/** The design's task status document. */
export class TaskStatusDto {
  @ApiProperty({ format: 'uuid' })
  task_id: string;

  @ApiProperty({ description: 'Gmail message id' })
  email_id: string;

  @ApiProperty({ enum: [...TASK_STATUSES], example: 'completed' })
  status: string;

  @ApiProperty({ enum: [...TASK_STAGES], example: 'draft_created' })
  stage: string;

  @ApiProperty({ format: 'uuid' })
  correlation_id: string;

  @ApiProperty({ format: 'date-time' })
  created_at: Date;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  completed_at: Date | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Why the task was skipped, e.g. "prefilter:list-id"',
  })
  skip_reason: string | null;

  @ApiProperty({ type: String, nullable: true })
  error_message: string | null;

  @ApiProperty({ type: AiResponseSummaryDto, nullable: true })
  ai_response: AiResponseSummaryDto | null;

  static from(
    task: ProcessingTaskEntity,
    email: EmailEntity,
    response: AiResponseEntity | null,
    principal: AdminPrincipal,
  ): TaskStatusDto {
    return {
      task_id: task.id,
      email_id: email.messageId,
      status: task.status,
      stage: task.stage,
      correlation_id: task.correlationId,
      created_at: task.createdAt,
      completed_at: task.completedAt,
      skip_reason: task.skipReason,
      error_message: task.errorMessage,
      ai_response: response ? AiResponseSummaryDto.from(response, principal) : null,
    };
  }
}
