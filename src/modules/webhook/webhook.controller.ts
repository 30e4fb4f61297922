import { Body, Controller, Headers, HttpCode, Post, Req } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnauthorizedResponse,
  getSchemaPath,
} from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import type { FastifyRequest } from 'fastify';
import { OidcVerifier } from './oidc-verifier.service.js';
import { validatePush } from './pubsub-push.validation.js';
import { WebhookService } from './webhook.service.js';

/** HttpExceptionFilter's one error shape, documented (by name) with the admin API's DTOs. */
const ERROR = { $ref: getSchemaPath('ErrorResponseDto') };

@ApiTags('webhook')
@SkipThrottle({ admin: true })
@Controller('webhook')
export class WebhookController {
  constructor(
    private readonly verifier: OidcVerifier,
    private readonly webhook: WebhookService,
  ) {}

  @Post('gmail')
  @HttpCode(204)
  // Scheme declared in bootstrap/swagger.ts: Google's OIDC ID token, not an admin key.
  @ApiBearerAuth('pubsub-oidc')
  @ApiOperation({ summary: 'Gmail Pub/Sub push endpoint (OIDC-authenticated)' })
  @ApiNoContentResponse({
    description: 'Stored (or deliberately dropped); Pub/Sub treats it as acknowledged',
  })
  @ApiBadRequestResponse({ description: 'Malformed push body or data', schema: ERROR })
  @ApiUnauthorizedResponse({ description: 'Missing or invalid OIDC token', schema: ERROR })
  @ApiServiceUnavailableResponse({
    description: 'Could not store; Pub/Sub redelivers',
    schema: ERROR,
  })
  async gmail(
    @Headers('authorization') authorization: string | undefined,
    @Req() request: FastifyRequest,
    // Validation runs after authentication (below), so anonymous callers learn nothing from 400s.
    @Body() body: unknown,
  ): Promise<void> {
    await this.verifier.verify(authorization);
    const push = await validatePush(body);
    const correlationId = (request.raw as { id?: string }).id ?? 'unknown';
    await this.webhook.intake(push, correlationId);
  }
}
