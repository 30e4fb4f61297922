import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsISO8601, IsOptional, Max, Min } from 'class-validator';

const COUNTS = { type: 'object', additionalProperties: { type: 'integer' } } as const;

export class StatsQueryDto {
  @ApiPropertyOptional({
    format: 'date-time',
    description: 'Window start (inclusive). Default: `until` minus 24 h',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  since?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Window end (exclusive). Default: now' })
  @IsOptional()
  @IsISO8601({ strict: true })
  until?: string;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 8760,
    description: 'Last N hours; instead of since/until',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(8760)
  hours?: number;
}

class StatsWindowDto {
  @ApiProperty({ format: 'date-time' })
  since: Date;

  @ApiProperty({ format: 'date-time' })
  until: Date;
}

class TaskStatsDto {
  @ApiProperty({ type: 'integer' })
  total: number;

  @ApiProperty({ ...COUNTS, example: { completed: 40, skipped: 12, failed: 1 } })
  by_status: Record<string, number>;
}

class SkipStatsDto {
  @ApiProperty({ type: 'integer', description: 'Tasks skipped for any reason' })
  total: number;

  @ApiProperty({
    type: 'integer',
    description:
      "Skipped by a pre-filter before any LLM call (skip_reason or model_used 'prefilter:*')",
  })
  by_prefilter: number;

  @ApiProperty({ ...COUNTS, example: { 'prefilter:list-id': 7, low_confidence: 2 } })
  by_reason: Record<string, number>;
}

class ModelUsageDto {
  @ApiProperty({ example: 'gpt-4o-mini' })
  model: string;

  @ApiProperty({ type: 'integer' })
  responses: number;

  @ApiProperty({ type: 'integer' })
  tokens_used: number;

  @ApiProperty()
  cost_usd: number;
}

class LlmStatsDto {
  @ApiProperty({ type: 'integer' })
  tokens_used: number;

  @ApiProperty({ type: 'integer' })
  prompt_tokens: number;

  @ApiProperty({ type: 'integer' })
  completion_tokens: number;

  @ApiProperty({ description: 'Estimated cost in USD (ai_responses.cost_usd)' })
  cost_usd: number;

  @ApiProperty({
    type: [ModelUsageDto],
    description: 'By classifying model (pre-filter verdicts excluded)',
  })
  by_model: ModelUsageDto[];
}

class FailedStatsDto {
  @ApiProperty({ type: 'integer', description: 'Dead letters recorded in the window' })
  created: number;

  @ApiProperty({ type: 'integer', description: 'Dead letters unresolved now (any age)' })
  unresolved: number;
}

/** Counts over [since, until): tasks and emails by creation time, AI responses by creation time. */
export class StatsDto {
  @ApiProperty({ type: StatsWindowDto })
  window: StatsWindowDto;

  @ApiProperty({ type: 'integer', description: 'Emails first seen in the window' })
  emails: number;

  @ApiProperty({ type: TaskStatsDto })
  tasks: TaskStatsDto;

  @ApiProperty({
    ...COUNTS,
    description: 'AI responses by category ("unclassified" when none)',
    example: { needs_reply: 10, newsletter: 5 },
  })
  categories: Record<string, number>;

  @ApiProperty({ type: SkipStatsDto })
  skipped: SkipStatsDto;

  @ApiProperty({ type: LlmStatsDto })
  llm: LlmStatsDto;

  @ApiProperty({ type: 'integer', description: 'Gmail drafts written' })
  drafts_created: number;

  @ApiProperty({ type: FailedStatsDto })
  failed_tasks: FailedStatsDto;
}
