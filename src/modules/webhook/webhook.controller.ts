import { Body, Controller, Headers, HttpCode, Post, Req } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import type { FastifyRequest } from 'fastify';
import { OidcVerifier } from './oidc-verifier.service';
import { validatePush } from './pubsub-push.validation';
import { WebhookService } from './webhook.service';

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
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Gmail Pub/Sub push endpoint (OIDC-authenticated)' })
  @ApiNoContentResponse({
    description: 'Stored (or deliberately dropped); Pub/Sub treats it as acknowledged',
  })
  @ApiBadRequestResponse({ description: 'Malformed push body or data' })
  @ApiUnauthorizedResponse({ description: 'Missing or invalid OIDC token' })
  @ApiServiceUnavailableResponse({ description: 'Could not store; Pub/Sub redelivers' })
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
