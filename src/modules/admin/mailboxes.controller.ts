import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadGatewayResponse,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { AdminApi, Principal, CorrelationId, RequireRole } from './auth/admin-auth.decorators.js';
import type { AdminPrincipal } from './auth/admin-role.js';
import { ErrorResponseDto } from './dto/error-response.dto.js';
import {
  BackfillDto,
  BackfillResultDto,
  MailboxDto,
  MailboxIdParamDto,
  MailboxListDto,
} from './dto/mailbox.dto.js';
import { MailboxAdminService } from './mailbox-admin.service.js';

@ApiTags('mailboxes')
@AdminApi()
@Controller('v1/mailboxes')
export class MailboxesController {
  constructor(private readonly service: MailboxAdminService) {}

  @Get()
  @RequireRole('viewer')
  @ApiOperation({ summary: 'Connected mailboxes (never their OAuth tokens). Role: viewer.' })
  @ApiOkResponse({ type: MailboxListDto })
  async list(): Promise<MailboxListDto> {
    return { items: await this.service.list() };
  }

  @Post(':id/watch')
  @HttpCode(200)
  @RequireRole('admin')
  @ApiOperation({ summary: 'Renew the Gmail push watch now. Role: admin.' })
  @ApiOkResponse({ type: MailboxDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'id is not a uuid' })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({
    type: ErrorResponseDto,
    description: 'Mailbox not active, grant revoked, or push not configured',
  })
  @ApiBadGatewayResponse({ type: ErrorResponseDto, description: 'Gmail refused the request' })
  watch(
    @Param() params: MailboxIdParamDto,
    @Principal() principal: AdminPrincipal,
  ): Promise<MailboxDto> {
    return this.service.renewWatch(params.id, principal);
  }

  @Post(':id/pause')
  @HttpCode(200)
  @RequireRole('operator')
  @ApiOperation({
    summary: 'Stop processing this mailbox (tasks stay pending). Idempotent. Role: operator.',
  })
  @ApiOkResponse({ type: MailboxDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'id is not a uuid' })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({
    type: ErrorResponseDto,
    description: 'Mailbox needs re-authorisation or is disconnected',
  })
  pause(
    @Param() params: MailboxIdParamDto,
    @Principal() principal: AdminPrincipal,
  ): Promise<MailboxDto> {
    return this.service.pause(params.id, principal);
  }

  @Post(':id/resume')
  @HttpCode(200)
  @RequireRole('operator')
  @ApiOperation({ summary: 'Resume a paused mailbox and sync it. Idempotent. Role: operator.' })
  @ApiOkResponse({ type: MailboxDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'id is not a uuid' })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({
    type: ErrorResponseDto,
    description: 'Mailbox needs re-authorisation or is disconnected',
  })
  resume(
    @Param() params: MailboxIdParamDto,
    @Principal() principal: AdminPrincipal,
    @CorrelationId() correlationId: string,
  ): Promise<MailboxDto> {
    return this.service.resume(params.id, principal, correlationId);
  }

  @Post(':id/backfill')
  @HttpCode(202)
  @RequireRole('operator')
  @ApiOperation({
    summary: 'Queue an import of recent INBOX mail on the batch queue. Role: operator.',
  })
  @ApiAcceptedResponse({ type: BackfillResultDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'Mailbox is not active' })
  backfill(
    @Param() params: MailboxIdParamDto,
    @Body() body: BackfillDto,
    @Principal() principal: AdminPrincipal,
    @CorrelationId() correlationId: string,
  ): Promise<BackfillResultDto> {
    return this.service.backfill(params.id, body.days, principal, correlationId);
  }
}
