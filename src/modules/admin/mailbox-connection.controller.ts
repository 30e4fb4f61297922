import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { AdminApi, Principal, RequireRole } from './auth/admin-auth.decorators.js';
import type { AdminPrincipal } from './auth/admin-role.js';
import { OwnerScope } from './auth/owner-scope.js';
import { ErrorResponseDto } from './dto/error-response.dto.js';
import {
  ConnectStartedDto,
  DisconnectDto,
  DisconnectResultDto,
} from './dto/mailbox-connection.dto.js';
import { MailboxDto, MailboxIdParamDto } from './dto/mailbox.dto.js';
import { MailboxConnectionService } from './mailbox-connection.service.js';

@ApiTags('mailboxes')
@AdminApi()
@Controller('v1/mailboxes')
export class MailboxConnectionController {
  constructor(private readonly service: MailboxConnectionService) {}

  @Post('connect')
  @OwnerScope('rows')
  @HttpCode(200)
  @RequireRole('operator')
  @ApiOperation({
    summary:
      "Start connecting a mailbox from a browser: Google's consent page to open; its callback connects the mailbox. Role: operator.",
  })
  @ApiOkResponse({ type: ConnectStartedDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'Web connect is not configured' })
  async connect(@Principal() principal: AdminPrincipal): Promise<ConnectStartedDto> {
    const started = await this.service.start(principal);
    return { authorization_url: started.authorizationUrl, expires_at: started.expiresAt };
  }

  @Post(':id/disconnect')
  @OwnerScope('mailbox')
  @HttpCode(200)
  @RequireRole('admin')
  @ApiOperation({
    summary:
      "Stop Gmail's pushes, erase the grant, mark the mailbox disconnected; optionally delete its stored mail. Role: admin.",
  })
  @ApiOkResponse({ type: DisconnectResultDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async disconnect(
    @Param() params: MailboxIdParamDto,
    @Body() body: DisconnectDto,
  ): Promise<DisconnectResultDto> {
    const outcome = await this.service.disconnect(params.id, body.purge ?? false);
    return {
      mailbox: MailboxDto.from(outcome.mailbox),
      watch_stopped: outcome.watchStopped,
      purged: outcome.purged,
    };
  }
}
