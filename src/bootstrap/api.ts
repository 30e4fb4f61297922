import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AllModule } from '../app/all.module';
import { ApiModule } from '../app/api.module';
import { AppConfig } from '../core/config/app-config';
import { createHttpApp, listenOrClose } from './http-app';
import { setupSwagger } from './swagger';

/** Boots the api role (or `all`, which adds the worker's processors to the same process). */
export async function bootstrapApi(
  config: AppConfig,
  opts: { listen?: boolean } = {},
): Promise<NestFastifyApplication> {
  const module = config.APP_ROLE === 'all' ? AllModule.forRoot(config) : ApiModule.forRoot(config);
  const app = await createHttpApp(module, config);
  setupSwagger(app);
  await app.init();
  if (opts.listen !== false) await listenOrClose(app, config.PORT);
  return app;
}
