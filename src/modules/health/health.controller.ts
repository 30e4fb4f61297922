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
  @ApiOkResponse({ description: 'All dependencies reachable' })
  @ApiServiceUnavailableResponse({ description: 'Postgres or Redis unreachable' })
  async check(@Res({ passthrough: true }) reply: FastifyReply) {
    const report = await this.health.report();
    reply.status(report.status === 'healthy' ? 200 : 503);
    return report;
  }

  /** Liveness: the process answers. Never checks dependencies (a DB outage must not restart pods). */
  @Get('live')
  @HttpCode(200)
  live() {
    return { status: 'ok', timestamp: new Date().toISOString() };
  }

  /** Readiness: take traffic only while Postgres and Redis (when used) answer. */
  @Get('ready')
  async ready(@Res({ passthrough: true }) reply: FastifyReply) {
    const [database, redis] = await Promise.all([this.health.databaseUp(), this.health.redisUp()]);
    const ok = database && redis;
    reply.status(ok ? 200 : 503);
    const redisState = !this.health.usesRedis ? 'not_used' : redis ? 'up' : 'down';
    return {
      status: ok ? 'ready' : 'not_ready',
      database: database ? 'up' : 'down',
      redis: redisState,
    };
  }
}
