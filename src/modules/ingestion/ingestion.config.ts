import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { toNumber } from '../../core/config/config-slice.js';

/** Config slice (see core/config/config-slice.ts): Gmail watches and mailbox syncs. */
export class IngestionConfig {
  /** Full Pub/Sub topic name passed to users.watch, e.g. projects/p/topics/gmail. */
  @IsOptional()
  @IsString()
  GMAIL_PUBSUB_TOPIC?: string;

  /** Safety-net sync of every active mailbox, minutes. */
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  GMAIL_SYNC_INTERVAL_MINUTES = 5;

  /** Upper bound of messages fetched by a full re-sync after a 404 on history.list. */
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  @Max(5000)
  GMAIL_FULL_SYNC_MAX_MESSAGES = 200;
}
