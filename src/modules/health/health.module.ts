import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller.js';
import { HealthService } from './health.service.js';
import { QueueHealthIndicator } from './indicators/queue.indicator.js';
import { RedisHealthIndicator } from './indicators/redis.indicator.js';
import { WorkersHealthIndicator } from './indicators/workers.indicator.js';

@Module({
  // Terminus would log every failing probe (every few seconds per pod during an outage);
  // HealthService logs readiness changes once instead.
  imports: [TerminusModule.forRoot({ logger: false })],
  controllers: [HealthController],
  providers: [HealthService, RedisHealthIndicator, QueueHealthIndicator, WorkersHealthIndicator],
  exports: [HealthService],
})
export class HealthModule {}
