import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadAppConfig } from '../../src/app/app-config.js';
import { bootstrapApi } from '../../src/bootstrap/api.js';
import { bootstrapWorker } from '../../src/bootstrap/worker.js';
import { HttpConfig } from '../../src/core/config/http.config.js';
import { runMigrations } from '../../src/core/database/migrate.js';
import { setBackoffScale } from '../../src/core/queue/job-failure.js';
import { flatConfig, type FlatAppConfig } from './config.js';
import { testEnv } from './env.js';

export interface TestApp {
  app: NestFastifyApplication;
  /** The app's settings, every slice merged (see flatConfig). */
  config: FlatAppConfig;
  /** Base URL of the HTTP listener (api port, or the worker's health port). */
  url: string;
  close(): Promise<void>;
}

/**
 * Boots the real application for a role against the run's throw-away database and Redis,
 * listening on an ephemeral port. Migrations run first, as main.ts does.
 */
export async function startApp(env: NodeJS.ProcessEnv = {}): Promise<TestApp> {
  const config = loadAppConfig(testEnv(env as Record<string, string | undefined>));
  await runMigrations({ ...config.database, ...config.queue });
  setBackoffScale(config.queue.RETRY_BACKOFF_SCALE);
  // Port 0 for both listeners; the test listens itself below.
  const http = Object.assign(new HttpConfig(), config.http, { PORT: 0, WORKER_HEALTH_PORT: 0 });
  const app =
    config.process.APP_ROLE === 'worker'
      ? await bootstrapWorker({ ...config, http }, { listen: false })
      : await bootstrapApi({ ...config, http }, { listen: false });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  return {
    app,
    config: flatConfig(config),
    url: `http://127.0.0.1:${address.port}`,
    close: () => app.close(),
  };
}
