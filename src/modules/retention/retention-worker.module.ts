import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { RetentionModule } from './retention.module.js';
import { RetentionScheduler } from './retention.scheduler.js';

/** Worker-role half of retention: the hourly pruning. */
@Module({
  imports: [ScheduleModule.forRoot(), RetentionModule],
  providers: [RetentionScheduler],
})
export class RetentionWorkerModule {}
