import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { Coordination } from '../core/coordination/coordination.port.js';
import { throttlerStorageFor } from '../core/rate-limit/throttler-storage.factory.js';
import { AdminModule } from '../modules/admin/admin.module.js';
import { AdminThrottlerGuard } from '../modules/admin/auth/admin-throttler.guard.js';
import { HealthModule } from '../modules/health/health.module.js';
import { WebhookModule } from '../modules/webhook/webhook.module.js';
import type { AppConfig } from './app-config.js';
import { CoreModule } from './core.module.js';

/** HTTP role: controllers only. No BullMQ processor or scheduler is registered here. */
@Module({})
export class ApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        CoreModule.forRoot(config),
        // Two budgets: the admin API's, and a much larger one for Pub/Sub's bursts on the webhook.
        // Each controller skips the budget that is not its own.
        ThrottlerModule.forRootAsync({
          inject: [Coordination],
          useFactory: (coordination: Coordination) => ({
            throttlers: [
              { name: 'admin', ttl: 60_000, limit: config.admin.ADMIN_RATE_LIMIT_PER_MINUTE },
              { name: 'webhook', ttl: 60_000, limit: config.webhook.WEBHOOK_RATE_LIMIT_PER_MINUTE },
            ],
            // Fixed windows, O(1) per request: in Redis (shared by every api process) when
            // REDIS_URL is set, else in memory. The default storage scans every hit of a window.
            storage: throttlerStorageFor(coordination),
          }),
        }),
        HealthModule,
        // WEBHOOK_ENABLED=false: no webhook route at all (404), no push verification to configure.
        ...(config.webhook.WEBHOOK_ENABLED ? [WebhookModule] : []),
        AdminModule,
      ],
      // Counts the admin budget per API key (else per IP); the webhook's per source IP.
      providers: [{ provide: APP_GUARD, useClass: AdminThrottlerGuard }],
    };
  }
}
