import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import { MailboxDto } from './mailbox.dto.js';

export class ConnectStartedDto {
  @ApiProperty({
    description:
      "Google's consent page for this request: open it in the browser of the mailbox's owner",
  })
  authorization_url: string;

  @ApiProperty({ format: 'date-time', description: 'The consent must complete before this' })
  expires_at: Date;
}

export class DisconnectDto {
  @ApiPropertyOptional({
    default: false,
    description: "Also delete the mailbox's stored mail (emails, runs, AI responses, pushes)",
  })
  @IsOptional()
  @IsBoolean()
  purge?: boolean;
}

export class PurgedDto {
  @ApiProperty()
  emails: number;

  @ApiProperty()
  pushes: number;

  @ApiProperty({ description: 'Knowledge notes deleted' })
  notes: number;
}

export class DisconnectResultDto {
  @ApiProperty({ type: MailboxDto })
  mailbox: MailboxDto;

  @ApiProperty({ description: "users.stop answered: Gmail no longer pushes this mailbox's mail" })
  watch_stopped: boolean;

  @ApiProperty({ type: PurgedDto, nullable: true, description: 'null unless purge was asked for' })
  purged: PurgedDto | null;
}
