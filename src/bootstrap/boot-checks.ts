import type { AppConfig } from '../core/config/app-config.js';
import { ConfigError } from '../core/config/load-config.js';

/**
 * Settings the api role (and `all`) cannot run without. Without an expected audience and service
 * account the webhook would fail every push at runtime (fail-closed, but silently broken), so the
 * process refuses to start instead, unless the webhook is switched off on purpose.
 */
export function apiRoleProblems(config: AppConfig): string[] {
  if (config.APP_ROLE === 'worker' || !config.WEBHOOK_ENABLED) return [];
  const missing = (['PUBSUB_AUDIENCE', 'PUBSUB_SERVICE_ACCOUNT_EMAIL'] as const).filter(
    (name) => !config[name],
  );
  if (missing.length === 0) return [];
  return [
    `${missing.join(', ')}: required by the ${config.APP_ROLE} role to verify Pub/Sub pushes (or set WEBHOOK_ENABLED=false)`,
  ];
}

/** Throws the ConfigError main.ts prints as one line (exit code 78). */
export function assertApiRoleConfig(config: AppConfig): void {
  const problems = apiRoleProblems(config);
  if (problems.length) throw new ConfigError(problems);
}
