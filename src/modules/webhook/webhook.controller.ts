import { BadRequestException, Body, Controller, Headers, HttpCode, Post, Req, ValidationPipe } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiNoContentResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import type { FastifyRequest } from 'fastify';
import { ErrorCodes } from '../../core/errors/app-error';
import { OidcVerifier } from './oidc-verifier.service';
import { PubsubPushDto } from './pubsub-push.dto';
import { WebhookService } from './webhook.service';

// Pub/Sub may add fields (attributes, orderingKey, deliveryAttempt): strip unknown ones, don't reject.
const pushValidation = new ValidationPipe({
  whitelist: true,
  forbidNonWhitelisted: false,
  transform: true,
  exceptionFactory: (errors) =>
    new BadRequestException({
      code: ErrorCodes.VALIDATION_FAILED,
      message: 'Malformed Pub/Sub push',
      details: { fields: Object.fromEntries(errors.map((e) => [e.property, Object.values(e.constraints ?? { nested: 'invalid' })])) },
    }),
});

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
  @ApiNoContentResponse({ description: 'Stored (or deliberately dropped); Pub/Sub treats it as acknowledged' })
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
    const push = (await pushValidation.transform(body ?? {}, { type: 'body', metatype: PubsubPushDto })) as PubsubPushDto;
    const correlationId = (request.raw as { id?: string }).id ?? 'unknown';
    await this.webhook.intake(push, correlationId);
  }
}
