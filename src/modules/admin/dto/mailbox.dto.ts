import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsUUID, Max, Min, ValidateIf } from 'class-validator';
import type { MailboxEntity } from '../../persistence/entities/mailbox.entity.js';
import { MAILBOX_STATUSES } from './enums.js';

export const MAX_BACKFILL_DAYS = 365;

export class MailboxIdParamDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id: string;
}

export class BackfillDto {
  @ApiProperty({
    type: 'integer',
    minimum: 1,
    maximum: MAX_BACKFILL_DAYS,
    example: 7,
    description: 'Import INBOX mail of the last N days',
  })
  @IsInt()
  @Min(1)
  @Max(MAX_BACKFILL_DAYS)
  days: number;
}

/** A connected Gmail account. Deliberately lists its fields: OAuth tokens never leave the service. */
export class MailboxDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'me@example.com' })
  email_address: string;

  @ApiProperty({ type: String, nullable: true })
  display_name: string | null;

  @ApiProperty({ enum: [...MAILBOX_STATUSES] })
  status: string;

  @ApiProperty({ type: String, nullable: true })
  status_reason: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Gmail history id the next sync starts from',
  })
  last_history_id: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  watch_expires_at: Date | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  watch_renewed_at: Date | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  last_synced_at: Date | null;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Console account that owns the mailbox; null: managed by operators',
  })
  owner_id: string | null;

  @ApiProperty({ format: 'date-time' })
  created_at: Date;

  @ApiProperty({ format: 'date-time' })
  updated_at: Date;

  static from(m: MailboxEntity): MailboxDto {
    return {
      id: m.id,
      email_address: m.emailAddress,
      display_name: m.displayName,
      status: m.status,
      status_reason: m.statusReason,
      last_history_id: m.lastHistoryId,
      watch_expires_at: m.watchExpiresAt,
      watch_renewed_at: m.watchRenewedAt,
      last_synced_at: m.lastSyncedAt,
      owner_id: m.userId,
      created_at: m.createdAt,
      updated_at: m.updatedAt,
    };
  }
}

export class MailboxOwnerDto {
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The console account to own the mailbox; null: back to operators only',
  })
  @ValidateIf((o: MailboxOwnerDto) => o.owner_id !== null)
  @IsUUID()
  owner_id: string | null;
}

export class MailboxListDto {
  @ApiProperty({ type: [MailboxDto] })
  items: MailboxDto[];
}

export class BackfillResultDto {
  @ApiProperty({ description: 'BullMQ job id on the batch queue' })
  job_id: string;

  @ApiProperty({ format: 'uuid' })
  mailbox_id: string;

  @ApiProperty({ type: 'integer' })
  days: number;

  @ApiProperty({ example: 'batch' })
  queue: string;

  @ApiProperty({ description: 'Correlation id of the request, carried by the job' })
  correlation_id: string;
}
