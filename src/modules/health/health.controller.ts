import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import type { FastifyReply } from 'fastify';
import { HEALTH_REPORT_SCHEMA, LIVENESS_SCHEMA, READINESS_SCHEMA } from './health.schemas.js';
import { HealthService } from './health.service.js';

/** Documented as needing no credentials (an empty security list), unlike every other route. */
const PUBLIC: [] = [];

/** Unauthenticated probes: /api/health (design format), /live and /ready for Kubernetes. */
@ApiTags('health')
@SkipThrottle({ admin: true, webhook: true })
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @ApiOperation({ summary: 'Health in the design format', security: PUBLIC })
  @ApiOkResponse({
    description: 'Postgres, Redis (when used) and the queue backend answer',
    schema: HEALTH_REPORT_SCHEMA,
  })
  @ApiServiceUnavailableResponse({
    description: 'A dependency is down; `details` names it',
    schema: HEALTH_REPORT_SCHEMA,
  })
  async check(@Res({ passthrough: true }) reply: FastifyReply) {
    const { httpStatus, body } = await this.health.report();
    reply.status(httpStatus);
    return body;
  }

  /**
   * Liveness: the process answers. Never checks dependencies: a Postgres or Redis outage must
   * not make Kubernetes or Docker restart every pod.
   */
  @Get('live')
  @HttpCode(200)
  @ApiOperation({ summary: 'Liveness probe', security: PUBLIC })
  @ApiOkResponse({ description: 'The process serves HTTP', schema: LIVENESS_SCHEMA })
  live() {
    return { status: 'ok', timestamp: new Date().toISOString() };
  }

  /** Readiness: take traffic only while Postgres, Redis (when used) and the queue backend answer. */
  @Get('ready')
  @ApiOperation({ summary: 'Readiness probe', security: PUBLIC })
  @ApiOkResponse({ description: 'Every dependency check passes', schema: READINESS_SCHEMA })
  @ApiServiceUnavailableResponse({
    description: 'A check is down (`failing` names it) or stopping',
    schema: READINESS_SCHEMA,
  })
  async ready(@Res({ passthrough: true }) reply: FastifyReply) {
    const { httpStatus, body } = await this.health.readiness();
    reply.status(httpStatus);
    return body;
  }
}
