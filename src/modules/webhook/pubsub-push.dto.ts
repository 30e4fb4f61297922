import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBase64, IsDefined, IsEmail, IsNotEmpty, IsObject, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';

/** Pub/Sub push envelope. Both spellings of the id/time fields occur in the wild. */
export class PubsubMessageDto {
  @ApiProperty({ description: 'base64 JSON {"emailAddress","historyId"}' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(8192)
  @IsBase64()
  data: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(255)
  messageId?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(255)
  message_id?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(64)
  publishTime?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(64)
  publish_time?: string;

  @ApiPropertyOptional() @IsOptional() @IsObject()
  attributes?: Record<string, string>;
}

export class PubsubPushDto {
  @ApiProperty({ type: PubsubMessageDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => PubsubMessageDto)
  message: PubsubMessageDto;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(512)
  subscription?: string;
}

/** The decoded `data` of a Gmail notification. historyId arrives as a number. */
export class GmailNotificationDto {
  @IsEmail()
  @MaxLength(320)
  emailAddress: string;

  @Matches(/^[1-9][0-9]{0,19}$/, { message: 'historyId must be a positive integer' })
  historyId: string;
}
