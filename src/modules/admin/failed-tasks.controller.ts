import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { AdminApi, Principal, RequireRole } from './auth/admin-auth.decorators.js';
import type { AdminPrincipal } from './auth/admin-role.js';
import { ErrorResponseDto } from './dto/error-response.dto.js';
import {
  FailedTaskDto,
  FailedTaskListQueryDto,
  FailedTaskPageDto,
  IntIdParamDto,
  RetryResultDto,
} from './dto/failed-task.dto.js';
import { FailedTaskAdminService } from './failed-task-admin.service.js';

@ApiTags('failed-tasks')
@AdminApi()
@Controller('v1/failed-tasks')
export class FailedTasksController {
  constructor(private readonly service: FailedTaskAdminService) {}

  @Get()
  @RequireRole('viewer')
  @ApiOperation({
    summary:
      'Dead letters, unresolved first. Role: viewer (stack traces and raw LLM output: operator).',
  })
  @ApiOkResponse({ type: FailedTaskPageDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto })
  list(
    @Query() query: FailedTaskListQueryDto,
    @Principal() principal: AdminPrincipal,
  ): Promise<FailedTaskPageDto> {
    return this.service.list(query, principal);
  }

  @Post(':id/retry')
  @HttpCode(202)
  @RequireRole('operator')
  @ApiOperation({ summary: 'Reopen the task and re-queue the failed stage now. Role: operator.' })
  @ApiAcceptedResponse({ type: RetryResultDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'id is not a positive integer' })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'ALREADY_RESOLVED or NOT_RETRYABLE' })
  retry(
    @Param() params: IntIdParamDto,
    @Principal() principal: AdminPrincipal,
  ): Promise<RetryResultDto> {
    return this.service.retry(params.id, principal);
  }

  @Post(':id/resolve')
  @HttpCode(200)
  @RequireRole('operator')
  @ApiOperation({ summary: 'Mark a dead letter as handled (idempotent). Role: operator.' })
  @ApiOkResponse({ type: FailedTaskDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'id is not a positive integer' })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  resolve(
    @Param() params: IntIdParamDto,
    @Principal() principal: AdminPrincipal,
  ): Promise<FailedTaskDto> {
    return this.service.resolve(params.id, principal);
  }
}
