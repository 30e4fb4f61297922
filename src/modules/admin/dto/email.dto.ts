import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import type { AiResponseEntity } from '../../persistence/entities/ai-response.entity.js';
import type { EmailRow, FailedTaskRow } from '../../persistence/database/database.js';
import type { ProcessingTaskEntity } from '../../persistence/entities/processing-task.entity.js';
import {
  DRAFT_OUTCOMES,
  type DraftOutcome,
} from '../../persistence/entities/draft-feedback.entity.js';
import { type AdminPrincipal, canSeeContent } from '../auth/admin-role.js';
import type { EmailListRow } from '../email-query.repository.js';
import { AiResponseDetailDto } from './ai-response.dto.js';
import { TASK_STAGES, TASK_STATUSES, type TaskStatus } from '../../task-lifecycle/task-state.js';
import { FailedTaskDto } from './failed-task.dto.js';
import { PageQueryDto } from './page-query.dto.js';
import { TaskSummaryDto } from './task-summary.dto.js';

export class EmailListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Mailbox id or email address' })
  @IsOptional()
  @IsString()
  @MaxLength(320)
  mailbox?: string;

  @ApiPropertyOptional({
    description: 'Category of the latest AI response',
    example: 'needs_reply',
  })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  category?: string;

  @ApiPropertyOptional({
    enum: [...TASK_STATUSES],
    description: 'Status of the latest processing task',
  })
  @IsOptional()
  @IsIn([...TASK_STATUSES])
  status?: TaskStatus;

  @ApiPropertyOptional({
    enum: [...DRAFT_OUTCOMES, 'awaiting'],
    description:
      'What became of the latest AI draft (Draft outcomes); `awaiting`: a draft with no outcome yet',
  })
  @IsOptional()
  @IsIn([...DRAFT_OUTCOMES, 'awaiting'])
  draft_outcome?: DraftOutcome | 'awaiting';

  @ApiPropertyOptional({ format: 'date-time', description: 'Received (or first seen) at or after' })
  @IsOptional()
  @IsISO8601({ strict: true })
  since?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Received (or first seen) before' })
  @IsOptional()
  @IsISO8601({ strict: true })
  until?: string;
}

export class EmailRefParamDto {
  @ApiProperty({
    description: 'Internal numeric id (as listed), or the Gmail message id',
    example: '42',
  })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,64}$/)
  id: string;
}

export class EmailSummaryDto {
  @ApiProperty({ type: 'integer', description: 'Internal id' })
  id: number;

  @ApiProperty({ format: 'uuid' })
  mailbox_id: string;

  @ApiProperty({ description: 'Gmail message id' })
  message_id: string;

  @ApiProperty({ type: String, nullable: true })
  thread_id: string | null;

  @ApiProperty({ type: String, nullable: true })
  sender: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Email content: operator role and up; always null for viewer keys',
  })
  subject: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  received_at: Date | null;

  @ApiProperty()
  processed: boolean;

  @ApiProperty({ format: 'date-time' })
  created_at: Date;

  static fromEntity(e: EmailRow, principal: AdminPrincipal): EmailSummaryDto {
    return {
      id: e.id,
      mailbox_id: e.mailboxId,
      message_id: e.messageId,
      thread_id: e.threadId,
      sender: e.sender,
      // The subject is written by the sender: content, which the viewer role does not see.
      subject: canSeeContent(principal) ? e.subject : null,
      received_at: e.receivedAt,
      processed: e.processed,
      created_at: e.createdAt,
    };
  }
}

export class EmailListItemDto extends EmailSummaryDto {
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Latest processing task',
  })
  latest_task_id: string | null;

  @ApiProperty({ type: String, nullable: true, enum: [...TASK_STATUSES] })
  latest_task_status: string | null;

  @ApiProperty({ type: String, nullable: true, enum: [...TASK_STAGES] })
  latest_task_stage: string | null;

  @ApiProperty({ type: String, nullable: true })
  category: string | null;

  @ApiProperty({ type: Number, nullable: true })
  confidence: number | null;

  @ApiProperty({ type: String, nullable: true })
  draft_id: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Why the latest run was skipped (a pre-filter rule, low confidence, ...)',
  })
  skip_reason: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The model’s reason for its category: operator role and up (content)',
  })
  reason: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Draft state of the latest AI response',
  })
  draft_state: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Triage label outcome recorded for the email (needs_reply, fyi, spam, skipped)',
  })
  label: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    enum: [...DRAFT_OUTCOMES],
    description: 'What the owner did with the latest AI draft; null while none is observed',
  })
  draft_outcome: DraftOutcome | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Similarity (0..1) of the sent text to the draft, for a sent draft',
  })
  draft_similarity: number | null;

  static fromRow(row: EmailListRow, principal: AdminPrincipal): EmailListItemDto {
    return {
      ...EmailSummaryDto.fromEntity(row.email, principal),
      latest_task_id: row.taskId,
      latest_task_status: row.taskStatus,
      latest_task_stage: row.taskStage,
      category: row.category,
      confidence: row.confidence,
      draft_id: row.draftId,
      skip_reason: row.skipReason,
      reason: canSeeContent(principal) ? row.reasoning : null,
      draft_state: row.draftState,
      label: row.labelOutcome,
      draft_outcome: row.draftOutcome,
      draft_similarity: row.draftSimilarity,
    };
  }
}

export class EmailPageDto {
  @ApiProperty({ type: [EmailListItemDto] })
  items: EmailListItemDto[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as `cursor` for the next page; null on the last page',
  })
  next_cursor: string | null;
}

export class EmailDetailDto extends EmailSummaryDto {
  @ApiProperty({ type: [TaskSummaryDto], description: 'Every processing run, oldest first' })
  tasks: TaskSummaryDto[];

  @ApiProperty({
    type: [AiResponseDetailDto],
    description: 'AI responses, oldest first (reply text: operator role)',
  })
  responses: AiResponseDetailDto[];

  @ApiProperty({ type: [FailedTaskDto], description: 'Dead letters of this email, newest first' })
  failed_tasks: FailedTaskDto[];

  static from(
    email: EmailRow,
    tasks: ProcessingTaskEntity[],
    responses: AiResponseEntity[],
    failed: FailedTaskRow[],
    principal: AdminPrincipal,
  ): EmailDetailDto {
    return {
      ...EmailSummaryDto.fromEntity(email, principal),
      tasks: tasks.map((t) => TaskSummaryDto.from(t)),
      responses: responses.map((r) => AiResponseDetailDto.from(r, principal)),
      failed_tasks: failed.map((f) => FailedTaskDto.from(f, principal)),
    };
  }
}
