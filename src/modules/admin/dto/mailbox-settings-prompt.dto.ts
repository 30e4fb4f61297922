import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import {
  MATCH_SENDER_LANGUAGE,
  SETTINGS_LIMITS as L,
} from '../../mailbox-settings/mailbox-settings.js';
import {
  LANGUAGE,
  MaxLines,
  NO_CONTROLS,
  ONE_LINE,
  trimmed,
} from './mailbox-settings.validators.js';

/* The settings sections whose text reaches the LLM's prompts or the drafts. */

const UNTRUSTED =
  'Given to the LLM as the owner’s preferences, delimited and treated as untrusted text like email content: it cannot override the assistant’s rules.';

/** Who the replies are written for. */
export class ProfileSettingsDto {
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
}

/** How replies are written and signed. */
export class ReplySettingsDto {
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
}

/** What else the owner gives the LLM: triage rules in plain words, samples of their own mail. */
export class GuidanceSettingsDto {
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
}
