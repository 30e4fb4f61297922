import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { AppConfig } from './app-config.js';
import { ConfigError } from './config-error.js';
import { loadEnvFile } from './env-file.js';

export { ConfigError };

function describe(error: ValidationError): string {
  const reasons = Object.values(error.constraints ?? {});
  // Never echo the value: it may be a secret.
  return `${error.property}: ${reasons[0] ?? 'invalid value'}`;
}

/**
 * Reads the environment into a typed, validated AppConfig. Empty strings count as unset, so a
 * blank line in an env file falls back to the default instead of failing validation.
 * Throws ConfigError listing every bad variable.
 */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  overrides: Partial<AppConfig> = {},
): AppConfig {
  const defaults = new AppConfig();
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(defaults) as (keyof AppConfig)[]) raw[key] = defaults[key];
  for (const key of Object.keys(env)) {
    const value = env[key];
    if (value !== undefined && value !== '' && (key in defaults || isOptionalKey(key)))
      raw[key] = value;
  }
  const config = plainToInstance(AppConfig, raw, { exposeDefaultValues: true });
  Object.assign(config, overrides);
  const errors = validateSync(config, { skipMissingProperties: false });
  if (errors.length) throw new ConfigError(errors.map(describe));
  crossCheck(config);
  return config;
}

/**
 * For entry points (main.ts, the CLIs), not tests: the `.env` file (ENV_FILE) is read into
 * process.env under what the environment already sets, then validated with `extra` on top
 * (main.ts' role argument).
 */
export function loadProcessConfig(extra: NodeJS.ProcessEnv = {}): AppConfig {
  loadEnvFile(process.env);
  return loadConfig({ ...process.env, ...extra });
}

const DATABASE_URL_REQUIRED =
  'DATABASE_URL: required (from a checkout, npm run dev and the npm scripts start an embedded PostgreSQL when it is unset)';

/**
 * What production must decide and the app does not default: the database and the role (APP_ROLE
 * or main.js' argument; `all` only when asked for). main.ts checks both before anything starts;
 * `npm run dev` and the CLI scripts from a checkout come through dev/with-database.ts, which
 * fills them in.
 */
export function requireBootSettings(config: AppConfig, explicitRole: string | undefined): void {
  const problems: string[] = [];
  if (!config.DATABASE_URL) problems.push(DATABASE_URL_REQUIRED);
  if (!explicitRole)
    problems.push('APP_ROLE: required (api, worker or all; or the role as main.js argument)');
  if (problems.length) throw new ConfigError(problems);
}

/** The CLIs that talk to PostgreSQL: the same rule for DATABASE_URL as main.ts. */
export function assertDatabaseUrl(config: AppConfig): void {
  if (!config.DATABASE_URL) throw new ConfigError([DATABASE_URL_REQUIRED]);
}

const OPTIONAL_KEYS = new Set<string>([
  'LOG_FILE',
  'DATABASE_URL',
  'REDIS_URL',
  'GOOGLE_OAUTH_CLIENT_ID',
  'GOOGLE_OAUTH_CLIENT_SECRET',
  'GMAIL_PUBSUB_TOPIC',
  'PUBSUB_AUDIENCE',
  'PUBSUB_SERVICE_ACCOUNT_EMAIL',
  'LLM_PROVIDER',
  'LLM_FALLBACK_PROVIDER',
  'OPENAI_API_KEY',
  'ANTHROPIC_API_KEY',
  'VIP_SENDERS',
  'TOKEN_ENCRYPTION_KEY',
  'TOKEN_ENCRYPTION_KEYS',
  'TOKEN_ENCRYPTION_ACTIVE_KEY_ID',
  'ADMIN_API_KEYS',
]);

function isOptionalKey(key: string): boolean {
  return OPTIONAL_KEYS.has(key);
}

/** Rules that involve more than one variable. */
function crossCheck(config: AppConfig): void {
  const problems: string[] = [];
  if (config.LLM_PROVIDER === 'openai' && !config.OPENAI_API_KEY)
    problems.push('OPENAI_API_KEY: required when LLM_PROVIDER=openai');
  if (config.LLM_PROVIDER === 'anthropic' && !config.ANTHROPIC_API_KEY)
    problems.push('ANTHROPIC_API_KEY: required when LLM_PROVIDER=anthropic');
  if (config.ADMIN_API_KEYS) {
    for (const entry of config.ADMIN_API_KEYS.split(',')
      .map((s) => s.trim())
      .filter(Boolean)) {
      if (!/^(viewer|operator|admin):[0-9a-f]{64}$/i.test(entry)) {
        problems.push(
          'ADMIN_API_KEYS: each entry must be role:sha256hex with role viewer|operator|admin',
        );
        break;
      }
    }
  }
  if (problems.length) throw new ConfigError(problems);
}
