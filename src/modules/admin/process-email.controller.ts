import { Body, Controller, Get, Logger, Param, Post, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AUDIT_MESSAGE, auditFields } from './auth/admin-audit.js';
import { AdminApi, Principal, RequireRole } from './auth/admin-auth.decorators.js';
import type { AdminPrincipal } from './auth/admin-role.js';
import { ErrorResponseDto } from './dto/error-response.dto.js';
import {
  ProcessEmailDto,
  ProcessEmailResponseDto,
  TaskIdParamDto,
  TaskStatusDto,
} from './dto/task.dto.js';
import { ProcessEmailService } from './process-email.service.js';

/**
 * The design's pipeline endpoints. Each is served at the versioned path and, unchanged, at the
 * design's own path (/api/process-email, /api/task-status/{task_id}).
 */
@ApiTags('pipeline')
@AdminApi()
@Controller()
export class ProcessEmailController {
  private readonly logger = new Logger(ProcessEmailController.name);

  constructor(private readonly service: ProcessEmailService) {}

  @Post(['v1/process-email', 'process-email'])
  @RequireRole('operator')
  @ApiOperation({
    summary: 'Process (or reprocess) one Gmail message',
    description:
      '201 when a new run was started. 200 when the email already has a live (pending/processing) run: ' +
      'that run is returned and nothing new is started. Role: operator.',
  })
  @ApiCreatedResponse({ type: ProcessEmailResponseDto, description: 'New run started and queued' })
  @ApiOkResponse({
    type: ProcessEmailResponseDto,
    description: 'A live run already exists; returned as is',
  })
  @ApiBadRequestResponse({
    type: ErrorResponseDto,
    description: 'INVALID_EMAIL_ID, MAILBOX_REQUIRED, UNKNOWN_MAILBOX or VALIDATION_FAILED',
  })
  @ApiConflictResponse({
    type: ErrorResponseDto,
    description: 'Already processed and force_reprocess is false',
  })
  async process(
    @Body() body: ProcessEmailDto,
    @Principal() principal: AdminPrincipal,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ProcessEmailResponseDto> {
    const outcome = await this.service.process(body);
    // Audit: which key started (or was handed) which run. Refusals (4xx) change nothing.
    this.logger.log(
      auditFields(principal, `POST ${request.routeOptions.url}`, {
        emailId: outcome.body.email_id,
        taskId: outcome.body.task_id,
        created: outcome.created,
        forceReprocess: body.force_reprocess === true,
      }),
      AUDIT_MESSAGE,
    );
    void reply.status(outcome.created ? 201 : 200);
    return outcome.body;
  }

  @Get(['v1/task-status/:task_id', 'task-status/:task_id'])
  @RequireRole('viewer')
  @ApiOperation({
    summary:
      'Status of one processing task and its AI response. Role: viewer (reply text: operator).',
  })
  @ApiOkResponse({ type: TaskStatusDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'task_id is not a uuid' })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  status(
    @Param() params: TaskIdParamDto,
    @Principal() principal: AdminPrincipal,
  ): Promise<TaskStatusDto> {
    return this.service.status(params.task_id, principal);
  }
}
