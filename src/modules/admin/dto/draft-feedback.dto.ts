import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class DraftFeedbackQueryDto {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 365,
    default: 30,
    description: 'Drafts written in the last N days',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(365)
  days?: number;
}

export class DraftOutcomeCountsDto {
  @ApiProperty({ type: 'integer', description: 'You sent the draft as it was written' })
  sent_unchanged: number;

  @ApiProperty({ type: 'integer', description: 'You edited the draft, then sent it' })
  sent_edited: number;

  @ApiProperty({
    type: 'integer',
    description: 'You answered in the thread with a reply of your own instead',
  })
  manual_reply: number;

  @ApiProperty({ type: 'integer', description: 'You deleted the draft and sent nothing' })
  deleted: number;

  @ApiProperty({
    type: 'integer',
    description: 'Still unsent in your drafts after DRAFT_FEEDBACK_PENDING_DAYS days',
  })
  pending: number;
}

export class DraftFeedbackFiguresDto {
  @ApiProperty({ type: 'integer', description: 'Drafts whose outcome is known (pending included)' })
  drafts: number;

  @ApiProperty({ type: DraftOutcomeCountsDto })
  outcomes: DraftOutcomeCountsDto;

  @ApiProperty({
    type: Number,
    nullable: true,
    example: 0.75,
    description:
      'Share of the drafts you sent (as written or edited) among those sent, replaced by your own reply or deleted; pending drafts are left out. Null before any such outcome.',
  })
  acceptance_rate: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    example: 0.93,
    description:
      'Mean similarity (0..1, 1 = unchanged) between each sent draft and what you sent. Null before any draft was sent.',
  })
  mean_similarity: number | null;
}

export class CategoryDraftFeedbackDto extends DraftFeedbackFiguresDto {
  @ApiProperty({ example: 'needs_reply' })
  category: string;
}

export class DailyDraftFeedbackDto extends DraftFeedbackFiguresDto {
  @ApiProperty({
    format: 'date',
    example: '2026-12-07',
    description: 'UTC day the drafts were written',
  })
  date: string;

  @ApiProperty({
    type: 'integer',
    description:
      'Sent drafts behind mean_similarity: its weight when days or mailboxes are combined',
  })
  similarity_count: number;
}

export class MailboxDraftFeedbackDto extends DraftFeedbackFiguresDto {
  @ApiProperty({ format: 'uuid' })
  mailbox_id: string;

  @ApiProperty({ type: 'integer' })
  days: number;

  @ApiProperty({ format: 'date-time', description: 'Drafts written since this time are counted' })
  since: Date;

  @ApiProperty({
    type: 'integer',
    description: 'Drafts of the window whose outcome has not been seen yet',
  })
  awaiting_outcome: number;

  @ApiProperty({ type: [CategoryDraftFeedbackDto] })
  by_category: CategoryDraftFeedbackDto[];

  @ApiProperty({
    type: [DailyDraftFeedbackDto],
    description:
      'The same figures per UTC day the drafts were written, oldest first; days without a draft whose outcome is known are left out',
  })
  by_day: DailyDraftFeedbackDto[];
}
