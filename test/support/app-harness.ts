import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { bootstrapApi } from '../../src/bootstrap/api.js';
import { bootstrapWorker } from '../../src/bootstrap/worker.js';
import { AppConfig } from '../../src/core/config/app-config.js';
import { loadConfig } from '../../src/core/config/load-config.js';
import { runMigrations } from '../../src/core/database/migrate.js';
import { setBackoffScale } from '../../src/core/queue/job-failure.js';
import { testEnv } from './env.js';

export interface TestApp {
  app: NestFastifyApplication;
  config: AppConfig;
  /** Base URL of the HTTP listener (api port, or the worker's health port). */
  url: string;
  close(): Promise<void>;
}

/**
 * Boots the real application for a role against the run's throw-away database and Redis,
 * listening on an ephemeral port. Migrations run first, as main.ts does.
 */
export async function startApp(env: NodeJS.ProcessEnv = {}): Promise<TestApp> {
  const config = loadConfig(testEnv(env as Record<string, string | undefined>));
  await runMigrations(config);
  setBackoffScale(config.RETRY_BACKOFF_SCALE);
  const port = 0;
  const app =
    config.APP_ROLE === 'worker'
      ? await bootstrapWorker({ ...config, WORKER_HEALTH_PORT: port } as AppConfig, {
          listen: false,
        })
      : await bootstrapApi({ ...config, PORT: port } as AppConfig, { listen: false });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  return {
    app,
    config,
    url: `http://127.0.0.1:${address.port}`,
    close: () => app.close(),
  };
}
