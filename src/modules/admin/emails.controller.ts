import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { AdminApi, Principal, RequireRole } from './auth/admin-auth.decorators.js';
import type { AdminPrincipal } from './auth/admin-role.js';
import { OwnerScope } from './auth/owner-scope.js';
import {
  EmailDetailDto,
  EmailListQueryDto,
  EmailPageDto,
  EmailRefParamDto,
} from './dto/email.dto.js';
import { ErrorResponseDto } from './dto/error-response.dto.js';
import { EmailAdminService } from './email-admin.service.js';

@ApiTags('emails')
@AdminApi()
@RequireRole('viewer')
@Controller('v1/emails')
export class EmailsController {
  constructor(private readonly service: EmailAdminService) {}

  @Get()
  @OwnerScope('rows')
  @ApiOperation({
    summary:
      'Emails, newest first, with their latest run and verdict. Role: viewer (subject: operator).',
  })
  @ApiOkResponse({ type: EmailPageDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto })
  list(
    @Query() query: EmailListQueryDto,
    @Principal() principal: AdminPrincipal,
  ): Promise<EmailPageDto> {
    return this.service.list(query, principal);
  }

  @Get(':id')
  @OwnerScope('email')
  @ApiOperation({
    summary:
      'One email with every run, AI response and dead letter. Role: viewer (subject and reply text: operator).',
  })
  @ApiOkResponse({ type: EmailDetailDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  detail(
    @Param() params: EmailRefParamDto,
    @Principal() principal: AdminPrincipal,
  ): Promise<EmailDetailDto> {
    return this.service.detail(params.id, principal);
  }
}
