import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateBy,
  ValidateNested,
  type ValidationOptions,
} from 'class-validator';
import {
  LABEL_NAME,
  MATCH_SENDER_LANGUAGE,
  type MailboxSettingsDocument,
  RESERVED_LABEL_NAMES,
  SETTINGS_LIMITS as L,
} from '../../mailbox-settings/mailbox-settings.js';
import type {
  MailboxSettingsView,
  SettingsPatch,
} from '../../mailbox-settings/mailbox-settings.service.js';

/** No control characters but line breaks and tabs (they would end up in prompts and drafts). */
const NO_CONTROLS = /^(?:[^\p{Cc}]|[\n\r\t])*$/u;
/** One line, no control characters at all. */
const ONE_LINE = /^[^\p{Cc}]*$/u;
/** `name@domain` or `@domain`: one "@", no spaces, commas or angle brackets. */
const SENDER_ENTRY = /^[^\s@<>,;"]*@[^\s@<>,;"]+$/;
const LANGUAGE = new RegExp(`^(?:${MATCH_SENDER_LANGUAGE}|[\\p{L}][\\p{L} ()-]{1,39})$`, 'u');

const trimmed = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value;
const lowerList = ({ value }: { value: unknown }) =>
  Array.isArray(value)
    ? value.map((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v))
    : value;

/** A bounded list of sender addresses or @domains, lower-cased (VIP, always- and never-draft). */
const SenderList = () =>
  applyDecorators(
    IsOptional(),
    Transform(lowerList),
    IsArray(),
    ArrayMaxSize(L.senderEntries),
    IsString({ each: true }),
    MaxLength(L.senderEntry, { each: true }),
    Matches(SENDER_ENTRY, { each: true, message: 'each sender must be name@domain or @domain' }),
  );

function MaxLines(max: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'maxLines',
      validator: {
        validate: (value) => typeof value !== 'string' || value.split('\n').length <= max,
        defaultMessage: (args) => `${args?.property} must have at most ${max} lines`,
      },
    },
    options,
  );
}

function NotReservedLabel(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'notReservedLabel',
      validator: {
        validate: (value) =>
          typeof value !== 'string' || !RESERVED_LABEL_NAMES.has(value.toLowerCase()),
        defaultMessage: (args) => `${args?.property} must not be a Gmail system label name`,
      },
    },
    options,
  );
}

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

const UNTRUSTED =
  'Given to the LLM as the owner’s preferences, delimited and treated as untrusted text like email content: it cannot override the assistant’s rules.';
const SENDERS = `Addresses (name@example.com) or domains (@example.com, subdomains included), lower-cased; at most ${L.senderEntries}.`;

/**
 * A mailbox's settings (PUT replaces them, PATCH changes the fields it names). Every field is
 * optional; null or absent means the environment's default.
 */
export class MailboxSettingsDto {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: L.ownerName,
    example: 'Alex Example',
    description: 'Name the replies are written for',
  })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(L.ownerName)
  @Matches(ONE_LINE, { message: 'owner_name must be one line without control characters' })
  owner_name?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: L.aboutMe,
    example: 'Founder of a small bakery in Lyon; I answer wholesale requests myself.',
    description: `About the owner. ${UNTRUSTED}`,
  })
  @IsOptional()
  @IsString()
  @MaxLength(L.aboutMe)
  @Matches(NO_CONTROLS, { message: 'about_me must not contain control characters' })
  about_me?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: L.replyInstructions,
    example: 'Warm but brief, at most five sentences. Never promise delivery dates.',
    description: `Tone, length, what never to promise. ${UNTRUSTED}`,
  })
  @IsOptional()
  @IsString()
  @MaxLength(L.replyInstructions)
  @Matches(NO_CONTROLS, { message: 'reply_instructions must not contain control characters' })
  reply_instructions?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: L.signature,
    example: 'Alex Example\nExample Bakery · +33 1 23 45 67 89',
    description: `Appended by the service below every reply draft (never written by the LLM, not filtered: it may carry the owner’s links and numbers); at most ${L.signatureLines} lines.`,
  })
  @IsOptional()
  @IsString()
  @MaxLength(L.signature)
  @MaxLines(L.signatureLines)
  @Matches(NO_CONTROLS, { message: 'signature must not contain control characters' })
  signature?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: L.replyLanguage,
    example: MATCH_SENDER_LANGUAGE,
    description: `"${MATCH_SENDER_LANGUAGE}" (reply in the email’s language, the default) or a language name such as "German"`,
  })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(L.replyLanguage)
  @Matches(LANGUAGE, {
    message: `reply_language must be "${MATCH_SENDER_LANGUAGE}" or a language name`,
  })
  reply_language?: string | null;

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

  @ApiPropertyOptional({
    type: [String],
    nullable: true,
    maxItems: L.triageRules,
    example: ['Mail from my accountant (@numbers.example) is always needs_reply'],
    description: `Plain-language triage rules, at most ${L.triageRule} characters each. ${UNTRUSTED}`,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(L.triageRules)
  @IsString({ each: true })
  @MaxLength(L.triageRule, { each: true })
  @Matches(ONE_LINE, { each: true, message: 'each triage rule must be one line' })
  triage_rules?: string[] | null;

  @ApiPropertyOptional({
    type: Boolean,
    nullable: true,
    description:
      "Samples of the owner's own recent mail to the same recipient in reply prompts, as examples of their style (REPLY_STYLE_EXAMPLES)",
  })
  @IsOptional()
  @IsBoolean()
  style_examples_enabled?: boolean | null;

  /** The fields the request named (null included), as the settings service takes them. */
  static toPatch(dto: MailboxSettingsDto): SettingsPatch {
    const patch: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(dto)) {
      if (value === undefined) continue;
      patch[key] =
        key === 'label_names' && value !== null
          ? Object.fromEntries(Object.entries(value as object).filter(([, v]) => v !== undefined))
          : value;
    }
    return patch as SettingsPatch;
  }
}

/** The stored settings; fields left out take the environment's defaults. */
export class MailboxSettingsResponseDto {
  @ApiProperty({ format: 'uuid' })
  mailbox_id: string;

  @ApiProperty({ type: 'integer', description: 'Schema version of the settings document' })
  version: number;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'null: never set',
  })
  updated_at: Date | null;

  @ApiProperty({ type: MailboxSettingsDto })
  settings: MailboxSettingsDocument;

  static from(view: MailboxSettingsView): MailboxSettingsResponseDto {
    return {
      mailbox_id: view.mailboxId,
      version: view.version,
      updated_at: view.updatedAt,
      settings: view.settings,
    };
  }
}
