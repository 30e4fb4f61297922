import type { Server } from 'node:http';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AllModule } from '../app/all.module.js';
import { ApiModule } from '../app/api.module.js';
import type { AppConfig } from '../app/app-config.js';
import { assertApiRoleConfig } from './boot-checks.js';
import { registerConsole } from './console.js';
import { createHttpApp, listenOrClose } from './http-app.js';
import { hideMetricsRoute, startMetricsListener } from './metrics-listener.js';
import { setupSwagger } from './swagger.js';

/** Boots the api role (or `all`, which adds the worker's processors to the same process). */
export async function bootstrapApi(
  config: AppConfig,
  opts: { listen?: boolean } = {},
): Promise<NestFastifyApplication> {
  // main.ts checks this before any infrastructure starts; repeated here for every other caller.
  assertApiRoleConfig(config);
  const module =
    config.process.APP_ROLE === 'all' ? AllModule.forRoot(config) : ApiModule.forRoot(config);
  const { http } = config;
  const app = await createHttpApp(module, http);
  if (http.SWAGGER_ENABLED) setupSwagger(app);
  if (http.CONSOLE_ENABLED) await registerConsole(app);
  const fastify = app.getHttpAdapter().getInstance();
  let metrics: Server | undefined;
  if (http.METRICS_PORT) {
    hideMetricsRoute(fastify);
    fastify.addHook('onClose', (_instance, done) => {
      if (!metrics) return done();
      metrics.close(() => done());
      metrics.closeIdleConnections();
    });
  }
  await app.init();
  if (http.METRICS_PORT) {
    metrics = await startMetricsListener(http.METRICS_PORT).catch(async (error: unknown) => {
      await app.close().catch(() => undefined);
      throw error;
    });
  }
  if (opts.listen !== false) await listenOrClose(app, http.PORT);
  return app;
}
