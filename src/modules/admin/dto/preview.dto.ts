import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, MaxLength } from 'class-validator';

/** Bounds of a pasted email: a long real email fits, a flood does not reach any parser. */
export const PREVIEW_LIMITS = { name: 200, subject: 1_000, text: 20_000 } as const;

export class PreviewRequestDto {
  @ApiProperty({ example: 'customer@example.com', maxLength: 320 })
  @IsString()
  @MaxLength(320)
  @IsEmail()
  from: string;

  @ApiPropertyOptional({ example: 'Pat Customer', maxLength: PREVIEW_LIMITS.name })
  @IsOptional()
  @IsString()
  @MaxLength(PREVIEW_LIMITS.name)
  from_name?: string;

  @ApiProperty({ example: 'Question about my order', maxLength: PREVIEW_LIMITS.subject })
  @IsString()
  @MaxLength(PREVIEW_LIMITS.subject)
  subject: string;

  @ApiProperty({ description: 'The email body as plain text', maxLength: PREVIEW_LIMITS.text })
  @IsString()
  @MaxLength(PREVIEW_LIMITS.text)
  text: string;
}

export class PreviewResultDto {
  @ApiProperty({ example: 'needs_reply' })
  category: string;

  @ApiProperty({ type: Number, example: 0.92 })
  confidence: number;

  @ApiProperty({ type: String, nullable: true, description: 'The model’s or the rule’s reason' })
  reason: string | null;

  @ApiProperty({
    example: 'llm:offline',
    description: 'What decided: `llm:<model>`, `prefilter:<rule>` or `rule:<sender rule>`',
  })
  decided_by: string;

  @ApiProperty({
    enum: ['prefiltered', 'never_draft', 'needs_reply', 'no_reply', 'low_confidence'],
    description: 'What the pipeline would do: needs_reply means a draft would be written',
  })
  outcome: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The reply the draft would hold (never created here)',
  })
  reply: string | null;
}
