import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Coordination } from '../../core/coordination/coordination.port.js';
import { AppError, ErrorCodes } from '../../core/errors/app-error.js';
import { FixedWindowLimiter } from '../../core/rate-limit/fixed-window.limiter.js';
import { RedisService } from '../../core/redis/redis.service.js';
import { MailboxRepository } from '../persistence/repositories/mailbox.repository.js';
import { TriagePreviewService } from '../pipeline/triage-preview.service.js';
import { AdminApi, Principal, RequireRole } from './auth/admin-auth.decorators.js';
import type { AdminPrincipal } from './auth/admin-role.js';
import { OwnerScope } from './auth/owner-scope.js';
import { ErrorResponseDto } from './dto/error-response.dto.js';
import { MailboxIdParamDto } from './dto/mailbox.dto.js';
import { PreviewRequestDto, PreviewResultDto } from './dto/preview.dto.js';

/** Previews per caller per minute: each may cost two LLM calls outside any daily budget. */
const PREVIEWS_PER_MINUTE = 10;

@ApiTags('mailboxes')
@AdminApi()
@Controller('v1/mailboxes')
export class MailboxPreviewController {
  private readonly limiter: FixedWindowLimiter;

  constructor(
    private readonly preview: TriagePreviewService,
    private readonly mailboxes: MailboxRepository,
    coordination: Coordination,
  ) {
    const redis = coordination instanceof RedisService ? coordination : undefined;
    this.limiter = new FixedWindowLimiter(
      {
        keyPrefix: redis ? redis.key('preview') : 'preview',
        points: PREVIEWS_PER_MINUTE,
        durationSeconds: 60,
      },
      { redis: redis?.client },
    );
  }

  @Post(':id/preview')
  @HttpCode(200)
  @RequireRole('operator')
  @OwnerScope('mailbox')
  @ApiOperation({
    summary:
      'How the mailbox’s current settings would triage and answer a pasted email. Creates nothing (no email, label or draft). Role: operator.',
  })
  @ApiOkResponse({ type: PreviewResultDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'A field is invalid or too long' })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async run(
    @Param() params: MailboxIdParamDto,
    @Body() body: PreviewRequestDto,
    @Principal() principal: AdminPrincipal,
  ): Promise<PreviewResultDto> {
    const allowed = await this.limiter.consume(principal.userId ?? principal.keyId, 1);
    if (!allowed.allowed)
      throw new AppError(ErrorCodes.RATE_LIMITED, 'Too many previews; try again in a minute', {
        status: 429,
        details: { retry_after_seconds: Math.ceil(allowed.msBeforeNext / 1000) },
      });
    const mailbox = await this.mailboxes.findById(params.id);
    if (!mailbox) throw new AppError(ErrorCodes.NOT_FOUND, 'Unknown mailbox', { status: 404 });
    const result = await this.preview.preview(mailbox, {
      fromAddress: body.from,
      fromName: body.from_name,
      subject: body.subject,
      text: body.text,
    });
    return {
      category: result.category,
      confidence: result.confidence,
      reason: result.reason,
      decided_by: result.decidedBy,
      outcome: result.outcome,
      reply: result.reply,
    };
  }
}
