import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import type { FastifyReply } from 'fastify';
import { HealthService } from './health.service';

/** Unauthenticated probes: /api/health (design format), /live and /ready for Kubernetes. */
@ApiTags('health')
@SkipThrottle({ admin: true, webhook: true })
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @ApiOkResponse({ description: 'Postgres, Redis (when used) and the queue backend answer' })
  @ApiServiceUnavailableResponse({ description: 'A dependency is down; `details` names it' })
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
  @ApiOkResponse({ description: 'The process serves HTTP' })
  live() {
    return { status: 'ok', timestamp: new Date().toISOString() };
  }

  /** Readiness: take traffic only while Postgres, Redis (when used) and the queue backend answer. */
  @Get('ready')
  @ApiOkResponse({ description: 'Every dependency check passes' })
  @ApiServiceUnavailableResponse({
    description: 'A check is down (`failing` names it) or stopping',
  })
  async ready(@Res({ passthrough: true }) reply: FastifyReply) {
    const { httpStatus, body } = await this.health.readiness();
    reply.status(httpStatus);
    return body;
  }
}
