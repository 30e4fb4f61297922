import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AiResponseEntity } from '../../persistence/entities/ai-response.entity.js';
import { AdminPrincipal, canSeeContent } from '../auth/admin-role.js';

const CONTENT_NOTE = 'Email content: present only for operator and admin keys.';

/** The design's `ai_response` object of a task status. */
export class AiResponseSummaryDto {
  @ApiProperty({ type: String, nullable: true, example: 'needs_reply' })
  category: string | null;

  @ApiProperty({ type: Number, nullable: true, example: 0.95 })
  confidence: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: CONTENT_NOTE })
  generated_reply?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: `Model's explanation. ${CONTENT_NOTE}`,
  })
  reasoning?: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'r-123456789' })
  draft_id: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'gpt-4o-mini',
    description: '"prefilter:<rule>" when no LLM was asked',
  })
  model_used: string | null;

  static from(row: AiResponseEntity, principal: AdminPrincipal): AiResponseSummaryDto {
    const dto: AiResponseSummaryDto = {
      category: row.category,
      confidence: row.confidence,
      draft_id: row.draftId,
      model_used: row.modelUsed,
    };
    if (canSeeContent(principal)) {
      dto.generated_reply = row.generatedReply;
      dto.reasoning = row.reasoning;
    }
    return dto;
  }
}

/** Everything recorded about one AI response (email detail). */
export class AiResponseDetailDto extends AiResponseSummaryDto {
  @ApiProperty({ type: 'integer' })
  id: number;

  @ApiProperty({ format: 'uuid' })
  task_id: string;

  @ApiProperty({ type: String, nullable: true })
  reply_model_used: string | null;

  @ApiProperty({
    type: 'integer',
    description: 'Prompt + completion tokens over every LLM call of the task',
  })
  tokens_used: number;

  @ApiProperty({ type: 'integer' })
  prompt_tokens: number;

  @ApiProperty({ type: 'integer' })
  completion_tokens: number;

  @ApiProperty({ description: 'Estimated cost in USD' })
  cost_usd: number;

  @ApiProperty({ enum: ['none', 'creating', 'created'] })
  draft_state: string;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'Knowledge notes the reply prompt held (GET /api/v1/mailboxes/{id}/notes)',
  })
  note_ids: string[];

  @ApiProperty({ format: 'date-time' })
  created_at: Date;

  @ApiProperty({ format: 'date-time' })
  updated_at: Date;

  static override from(row: AiResponseEntity, principal: AdminPrincipal): AiResponseDetailDto {
    return {
      id: row.id,
      task_id: row.taskId,
      ...AiResponseSummaryDto.from(row, principal),
      reply_model_used: row.replyModelUsed,
      tokens_used: row.tokensUsed,
      prompt_tokens: row.promptTokens,
      completion_tokens: row.completionTokens,
      cost_usd: row.costUsd,
      draft_state: row.draftState,
      note_ids: row.noteIds ?? [],
      created_at: row.createdAt,
      updated_at: row.updatedAt,
    };
  }
}
