import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { AdminApi, RequireRole } from './auth/admin-auth.decorators.js';
import { OwnerScope } from './auth/owner-scope.js';
import { DraftFeedbackAdminService } from './draft-feedback-admin.service.js';
import { DraftFeedbackQueryDto, MailboxDraftFeedbackDto } from './dto/draft-feedback.dto.js';
import { ErrorResponseDto } from './dto/error-response.dto.js';
import { MailboxIdParamDto } from './dto/mailbox.dto.js';

@ApiTags('mailboxes')
@AdminApi()
@Controller('v1/mailboxes')
export class DraftFeedbackController {
  constructor(private readonly service: DraftFeedbackAdminService) {}

  @Get(':id/feedback')
  @RequireRole('viewer')
  @OwnerScope('mailbox')
  @ApiOperation({
    summary:
      'What became of the AI drafts written in the last `days` days: sent as written, sent after edits, replaced by your own reply, deleted, or still pending; the acceptance rate and how closely what you sent matched the drafts, overall and by category. Role: viewer.',
  })
  @ApiOkResponse({ type: MailboxDraftFeedbackDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'id is not a uuid, or bad days' })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  get(
    @Param() params: MailboxIdParamDto,
    @Query() query: DraftFeedbackQueryDto,
  ): Promise<MailboxDraftFeedbackDto> {
    return this.service.forMailbox(params.id, query.days);
  }
}
