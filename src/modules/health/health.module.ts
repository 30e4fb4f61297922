import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';
import { HealthService } from './health.service';
import { QueueHealthIndicator } from './indicators/queue.indicator';
import { RedisHealthIndicator } from './indicators/redis.indicator';
import { WorkersHealthIndicator } from './indicators/workers.indicator';

@Module({
  // Terminus would log every failing probe (every few seconds per pod during an outage);
  // HealthService logs readiness changes once instead.
  imports: [TerminusModule.forRoot({ logger: false })],
  controllers: [HealthController],
  providers: [HealthService, RedisHealthIndicator, QueueHealthIndicator, WorkersHealthIndicator],
  exports: [HealthService],
})
export class HealthModule {}
