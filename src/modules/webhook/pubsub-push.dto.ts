import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBase64,
  IsDefined,
  IsEmail,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';

/**
 * Limits shared by the decorators below and the fast check in pubsub-push.validation.ts, so the
 * two cannot drift apart.
 */
export const PUSH_LIMITS = {
  data: 8192,
  messageId: 255,
  publishTime: 64,
  subscription: 512,
  emailAddress: 320,
} as const;
export const HISTORY_ID = /^[1-9][0-9]{0,19}$/;

/** Pub/Sub push envelope. Both spellings of the id/time fields occur in the wild. */
export class PubsubMessageDto {
  @ApiProperty({ description: 'base64 JSON {"emailAddress","historyId"}' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(PUSH_LIMITS.data)
  @IsBase64()
  data: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(PUSH_LIMITS.messageId)
  messageId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(PUSH_LIMITS.messageId)
  message_id?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(PUSH_LIMITS.publishTime)
  publishTime?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(PUSH_LIMITS.publishTime)
  publish_time?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsObject()
  attributes?: Record<string, string>;
}

export class PubsubPushDto {
  @ApiProperty({ type: PubsubMessageDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => PubsubMessageDto)
  message: PubsubMessageDto;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(PUSH_LIMITS.subscription)
  subscription?: string;
}

/** The decoded `data` of a Gmail notification. historyId arrives as a number. */
export class GmailNotificationDto {
  @IsEmail()
  @MaxLength(PUSH_LIMITS.emailAddress)
  emailAddress: string;

  @Matches(HISTORY_ID, { message: 'historyId must be a positive integer' })
  historyId: string;
}
