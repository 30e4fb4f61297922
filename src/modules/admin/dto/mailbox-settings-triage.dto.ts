import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { LABEL_NAME, SETTINGS_LIMITS as L } from '../../mailbox-settings/mailbox-settings.js';
import { NotReservedLabel, SenderList, trimmed } from './mailbox-settings.validators.js';

/* The settings sections that steer triage: thresholds and caps, sender lists, Gmail labels. */

const LABEL_DOC = `Gmail label name (at most ${L.labelName} characters; "/" nests it); null: the environment's default`;

export class LabelNamesDto {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: L.labelName,
    example: 'AI/Needs reply',
    description: LABEL_DOC,
  })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(L.labelName)
  @Matches(LABEL_NAME, { message: 'needs_reply is not a usable label name' })
  @NotReservedLabel()
  needs_reply?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: L.labelName,
    example: 'AI/FYI',
    description: LABEL_DOC,
  })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(L.labelName)
  @Matches(LABEL_NAME, { message: 'fyi is not a usable label name' })
  @NotReservedLabel()
  fyi?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: L.labelName,
    example: 'AI/Spam?',
    description: LABEL_DOC,
  })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(L.labelName)
  @Matches(LABEL_NAME, { message: 'spam is not a usable label name' })
  @NotReservedLabel()
  spam?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: L.labelName,
    example: 'AI/Skipped',
    description: LABEL_DOC,
  })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(L.labelName)
  @Matches(LABEL_NAME, { message: 'skipped is not a usable label name' })
  @NotReservedLabel()
  skipped?: string | null;
}

const SENDERS = `Addresses (name@example.com) or domains (@example.com, subdomains included), lower-cased; at most ${L.senderEntries}.`;

/** When a draft is written at all, and the daily caps. */
export class LimitSettingsDto {
  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: 0,
    maximum: 1,
    example: 0.7,
    description:
      'Below this classification confidence no draft is written (CLASSIFY_CONFIDENCE_THRESHOLD)',
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1)
  confidence_threshold?: number | null;

  @ApiPropertyOptional({
    type: 'integer',
    nullable: true,
    minimum: 0,
    maximum: 100_000,
    description: 'Drafts per UTC day (DAILY_DRAFT_CAP)',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000)
  daily_draft_cap?: number | null;

  @ApiPropertyOptional({
    type: 'integer',
    nullable: true,
    minimum: 0,
    maximum: 1_000_000,
    description: 'LLM calls per UTC day, 0 = no cap (DAILY_LLM_CALL_CAP)',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  daily_llm_call_cap?: number | null;

  @ApiPropertyOptional({
    type: 'integer',
    nullable: true,
    minimum: 0,
    maximum: 10_000_000_000,
    description: 'LLM tokens per UTC day, 0 = no cap (DAILY_LLM_TOKEN_CAP)',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000_000)
  daily_llm_token_cap?: number | null;
}

/** Per-sender triage overrides. */
export class SenderSettingsDto {
  @ApiPropertyOptional({
    type: [String],
    nullable: true,
    maxItems: L.senderEntries,
    example: ['ceo@partner.example', '@bigclient.example'],
    description: `Never pre-filtered, drafted first (priority queue), on top of VIP_SENDERS. ${SENDERS}`,
  })
  @SenderList()
  vip_senders?: string[] | null;

  @ApiPropertyOptional({
    type: [String],
    nullable: true,
    maxItems: L.senderEntries,
    description: `Always get a draft: taken as needs_reply without an LLM classification (Gmail spam and own mail excepted). ${SENDERS}`,
  })
  @SenderList()
  always_draft_senders?: string[] | null;

  @ApiPropertyOptional({
    type: [String],
    nullable: true,
    maxItems: L.senderEntries,
    description: `Never get a draft and are never sent to the LLM (labelled as skipped). ${SENDERS}`,
  })
  @SenderList()
  never_draft_senders?: string[] | null;
}

/** Triage labels in Gmail. */
export class LabelSettingsDto {
  @ApiPropertyOptional({
    type: Boolean,
    nullable: true,
    description: 'Triage labels in Gmail (TRIAGE_LABELS_ENABLED)',
  })
  @IsOptional()
  @IsBoolean()
  labels_enabled?: boolean | null;

  @ApiPropertyOptional({
    type: LabelNamesDto,
    nullable: true,
    description: 'Label name per triage outcome (TRIAGE_LABEL_*)',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => LabelNamesDto)
  label_names?: LabelNamesDto | null;
}
