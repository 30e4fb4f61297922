import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { WorkerModule } from '../app/worker.module.js';
import type { AppConfig } from '../app/app-config.js';
import { createHttpApp, listenOrClose } from './http-app.js';

/**
 * Boots the worker role: BullMQ processors and schedulers, plus a small HTTP listener on
 * WORKER_HEALTH_PORT that serves only /api/health* and /api/metrics.
 */
export async function bootstrapWorker(
  config: AppConfig,
  opts: { listen?: boolean } = {},
): Promise<NestFastifyApplication> {
  const app = await createHttpApp(WorkerModule.forRoot(config), config.http);
  await app.init();
  if (opts.listen !== false) await listenOrClose(app, config.http.WORKER_HEALTH_PORT);
  return app;
}
