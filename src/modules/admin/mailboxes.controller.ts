import { Body, Controller, Get, HttpCode, Logger, Param, Patch, Post, Put } from '@nestjs/common';
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
import { AUDIT_MESSAGE, auditFields } from './auth/admin-audit.js';
import { AdminApi, Principal, CorrelationId, RequireRole } from './auth/admin-auth.decorators.js';
import type { AdminPrincipal } from './auth/admin-role.js';
import { OwnerScope } from './auth/owner-scope.js';
import { ErrorResponseDto } from './dto/error-response.dto.js';
import {
  BackfillDto,
  BackfillResultDto,
  MailboxDto,
  MailboxIdParamDto,
  MailboxListDto,
} from './dto/mailbox.dto.js';
import { MailboxSettingsDto, MailboxSettingsResponseDto } from './dto/mailbox-settings.dto.js';
import { MailboxAdminService } from './mailbox-admin.service.js';
import { MailboxSettingsService } from '../mailbox-settings/mailbox-settings.service.js';

@ApiTags('mailboxes')
@AdminApi()
@Controller('v1/mailboxes')
export class MailboxesController {
  private readonly logger = new Logger(MailboxesController.name);

  constructor(
    private readonly service: MailboxAdminService,
    private readonly settings: MailboxSettingsService,
  ) {}

  @Get()
  @RequireRole('viewer')
  @ApiOperation({ summary: 'Connected mailboxes (never their OAuth tokens). Role: viewer.' })
  @OwnerScope('rows')
  @ApiOkResponse({ type: MailboxListDto })
  async list(@Principal() principal: AdminPrincipal): Promise<MailboxListDto> {
    return { items: await this.service.list(principal) };
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
  @OwnerScope('mailbox')
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
  @OwnerScope('mailbox')
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

  @Get(':id/settings')
  @OwnerScope('mailbox')
  @RequireRole('operator')
  @ApiOperation({
    summary:
      'The mailbox’s own settings; fields left out take the environment’s defaults. Role: operator.',
  })
  @ApiOkResponse({ type: MailboxSettingsResponseDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'id is not a uuid' })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async getSettings(@Param() params: MailboxIdParamDto): Promise<MailboxSettingsResponseDto> {
    return MailboxSettingsResponseDto.from(await this.settings.get(params.id));
  }

  @Put(':id/settings')
  @OwnerScope('mailbox')
  @RequireRole('admin')
  @ApiOperation({
    summary:
      'Replace the mailbox’s settings (fields left out fall back to the defaults); applied from the next email on. Role: admin.',
  })
  @ApiOkResponse({ type: MailboxSettingsResponseDto })
  @ApiBadRequestResponse({
    type: ErrorResponseDto,
    description: 'A field is invalid or too long, or the settings are too large as a whole',
  })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async putSettings(
    @Param() params: MailboxIdParamDto,
    @Body() body: MailboxSettingsDto,
    @Principal() principal: AdminPrincipal,
  ): Promise<MailboxSettingsResponseDto> {
    const view = await this.settings.replace(params.id, MailboxSettingsDto.toPatch(body));
    this.audit(principal, 'PUT', params.id);
    return MailboxSettingsResponseDto.from(view);
  }

  @Patch(':id/settings')
  @OwnerScope('mailbox')
  @RequireRole('admin')
  @ApiOperation({
    summary:
      'Change the settings named (null: back to the default); applied from the next email on. Role: admin.',
  })
  @ApiOkResponse({ type: MailboxSettingsResponseDto })
  @ApiBadRequestResponse({
    type: ErrorResponseDto,
    description: 'A field is invalid or too long, or the settings are too large as a whole',
  })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async patchSettings(
    @Param() params: MailboxIdParamDto,
    @Body() body: MailboxSettingsDto,
    @Principal() principal: AdminPrincipal,
  ): Promise<MailboxSettingsResponseDto> {
    const view = await this.settings.update(params.id, MailboxSettingsDto.toPatch(body));
    this.audit(principal, 'PATCH', params.id);
    return MailboxSettingsResponseDto.from(view);
  }

  /** Who changed a mailbox's settings; never their content (owner text, addresses). */
  private audit(principal: AdminPrincipal, method: 'PUT' | 'PATCH', mailboxId: string): void {
    this.logger.log(
      auditFields(principal, `${method} /api/v1/mailboxes/:id/settings`, { mailboxId }),
      AUDIT_MESSAGE,
    );
  }
}
