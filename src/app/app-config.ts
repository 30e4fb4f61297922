import type { LoadedSlices } from '../core/config/config-slice.js';
import { loadEnvFile } from '../core/config/env-file.js';
import { HttpConfig } from '../core/config/http.config.js';
import { loadConfigSlices } from '../core/config/load-config.js';
import { ProcessConfig } from '../core/config/process.config.js';
import { ScheduleConfig } from '../core/config/schedule.config.js';
import { DatabaseConfig } from '../core/database/database.config.js';
import { LoggingConfig } from '../core/logging/logging.config.js';
import { QueueConfig } from '../core/queue/queue.config.js';
import { AccountsConfig } from '../modules/accounts/accounts.config.js';
import { AdminConfig } from '../modules/admin/admin.config.js';
import { DraftFeedbackConfig } from '../modules/draft-feedback/draft-feedback.config.js';
import { GmailConfig } from '../modules/gmail/gmail.config.js';
import { IngestionConfig } from '../modules/ingestion/ingestion.config.js';
import { LlmConfig } from '../modules/llm/llm.config.js';
import { TokenKeyConfig } from '../modules/mailbox-credentials/token-key.config.js';
import { PipelineConfig } from '../modules/pipeline/pipeline.config.js';
import { RetentionConfig } from '../modules/retention/retention.config.js';
import { WebhookConfig } from '../modules/webhook/webhook.config.js';

/**
 * Every config slice the service reads, each owned by the module that reads it. The entry points
 * validate them all at once (a problem lists every bad variable, slice by slice in this order)
 * and ConfigModule provides each one to its module.
 */
export const APP_CONFIG_SLICES = {
  process: ProcessConfig,
  http: HttpConfig,
  logging: LoggingConfig,
  database: DatabaseConfig,
  queue: QueueConfig,
  gmail: GmailConfig,
  webhook: WebhookConfig,
  ingestion: IngestionConfig,
  llm: LlmConfig,
  pipeline: PipelineConfig,
  schedule: ScheduleConfig,
  retention: RetentionConfig,
  draftFeedback: DraftFeedbackConfig,
  tokenKeys: TokenKeyConfig,
  admin: AdminConfig,
  accounts: AccountsConfig,
} as const;

/** The whole validated configuration, slice by slice: what the entry points hold. */
export type AppConfig = LoadedSlices<typeof APP_CONFIG_SLICES>;

/** Reads and validates every slice from `env`; throws one ConfigError naming each problem. */
export function loadAppConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return loadConfigSlices(APP_CONFIG_SLICES, env);
}

/**
 * For entry points (main.ts, the CLIs), not tests: the `.env` file (ENV_FILE) is read into
 * process.env under what the environment already sets, then validated with `extra` on top
 * (main.ts' role argument).
 */
export function loadProcessConfig(extra: NodeJS.ProcessEnv = {}): AppConfig {
  loadEnvFile(process.env);
  return loadAppConfig({ ...process.env, ...extra });
}
