import type { AppConfig } from '../app/app-config.js';
import { ConfigError } from '../core/config/load-config.js';

/**
 * Settings the api role (and `all`) cannot run without. Without an expected audience and service
 * account the webhook would fail every push at runtime (fail-closed, but silently broken), so the
 * process refuses to start instead, unless the webhook is switched off on purpose.
 */
export function apiRoleProblems(config: Pick<AppConfig, 'process' | 'webhook'>): string[] {
  const { APP_ROLE } = config.process;
  const { webhook } = config;
  if (APP_ROLE === 'worker' || !webhook.WEBHOOK_ENABLED) return [];
  const missing = (['PUBSUB_AUDIENCE', 'PUBSUB_SERVICE_ACCOUNT_EMAIL'] as const).filter(
    (name) => !webhook[name],
  );
  if (missing.length === 0) return [];
  return [
    `${missing.join(', ')}: required by the ${APP_ROLE} role to verify Pub/Sub pushes (or set WEBHOOK_ENABLED=false)`,
  ];
}

/** Throws the ConfigError main.ts prints as one line (exit code 78). */
export function assertApiRoleConfig(config: Pick<AppConfig, 'process' | 'webhook'>): void {
  const problems = apiRoleProblems(config);
  if (problems.length) throw new ConfigError(problems);
}
