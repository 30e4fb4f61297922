import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  type ValidationArguments,
} from 'class-validator';
import { keyRingProblem, type TokenKeyEnv } from './token-key-ring.js';
import { parseTrustProxy } from './trust-proxy.js';

export const APP_ROLES = ['api', 'worker', 'all'] as const;
export type AppRole = (typeof APP_ROLES)[number];

export const LLM_PROVIDERS = ['openai', 'anthropic', 'offline'] as const;
export type LlmProviderName = (typeof LLM_PROVIDERS)[number];

/** What a draft does with a sender's Reply-To (see README, Configuration). */
export const REPLY_TO_POLICIES = ['flag', 'follow', 'ignore'] as const;
export type ReplyToPolicy = (typeof REPLY_TO_POLICIES)[number];

const url = { require_tld: false, require_protocol: true, protocols: ['http', 'https'] };
const dbUrl = { require_tld: false, require_protocol: true, protocols: ['postgres', 'postgresql'] };
const redisUrl = { require_tld: false, require_protocol: true, protocols: ['redis', 'rediss'] };

/** Validates one token-key variable against the whole ring (ids, duplicates, active key). */
const tokenKeyRule = (variable: keyof TokenKeyEnv) =>
  ValidateBy({
    name: 'tokenKeyRing',
    validator: {
      validate: (_value: unknown, args?: ValidationArguments) =>
        keyRingProblem(args?.object as TokenKeyEnv, variable) === undefined,
      defaultMessage: (args?: ValidationArguments) =>
        keyRingProblem(args?.object as TokenKeyEnv, variable) ?? 'invalid value',
    },
  });

const toNumber = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : Number(value);
const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === ''
    ? undefined
    : ['1', 'true', 'yes', 'on'].includes(String(value).toLowerCase());

/**
 * Every setting the service reads, validated once at boot (see loadConfig).
 * Property names equal the environment variable names so an error names the variable.
 */
export class AppConfig {
  @IsIn(APP_ROLES)
  APP_ROLE: AppRole = 'all';

  @Transform(toNumber)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  /**
   * api role only: this many api processes (node:cluster) share PORT, so one host's cores all
   * serve requests. Each process keeps its own metrics and in-memory rate-limit counters.
   */
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  @Max(64)
  @ValidateBy({
    name: 'apiRoleOnly',
    validator: {
      validate: (value: unknown, args?: ValidationArguments) =>
        value === 1 || (args?.object as AppConfig | undefined)?.APP_ROLE === 'api',
      defaultMessage: () =>
        'more than 1 only with APP_ROLE=api (a worker or "all" process runs queue workers)',
    },
  })
  API_PROCESSES = 1;

  /** Port of the worker role's small health/metrics HTTP listener. */
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  @Max(65535)
  WORKER_HEALTH_PORT = 3001;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** Write the JSON logs to this file instead of stdout (the demo's terminal view owns stdout). */
  @IsOptional()
  @IsString()
  LOG_FILE?: string;

  /**
   * Required to boot (main.ts, the CLIs): optional here only so that tests and tools can load a
   * config without one. From a checkout, dev/with-database.ts fills it in (embedded PostgreSQL).
   */
  @IsOptional()
  @IsUrl(dbUrl, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string;

  @Transform(toNumber)
  @IsInt()
  @Min(1)
  @Max(500)
  DATABASE_POOL_SIZE = 20;

  @Transform(toBool)
  @IsBoolean()
  DATABASE_RUN_MIGRATIONS = true;

  /**
   * Unset: no Redis at all. Queues run on BullMQ's PostgreSQL backend in DATABASE_URL's database,
   * locks and worker heartbeats live in a Postgres table, the Gmail quota is kept per process
   * (see core/queue/queue-backend.ts and core/coordination/).
   */
  @IsOptional()
  @IsUrl(redisUrl, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL?: string;

  /**
   * Namespace of the queue data, so several deployments (or test runs) can share one Redis or one
   * database: the key prefix on Redis, the schema `bullmq_<prefix>` on PostgreSQL.
   */
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,40}$/)
  QUEUE_PREFIX = 'eas';

  // --- Gmail / Google -------------------------------------------------------------------
  /** googleapis rebuilds URLs from an absolute path, so this must be an origin ending in '/'. */
  @IsUrl(url)
  @Matches(/^https?:\/\/[^/]+\/$/, {
    message: 'GMAIL_API_ROOT_URL must be an origin ending in "/" (no path)',
  })
  GMAIL_API_ROOT_URL = 'https://gmail.googleapis.com/';

  @IsOptional()
  @IsString()
  GOOGLE_OAUTH_CLIENT_ID?: string;

  @IsOptional()
  @IsString()
  GOOGLE_OAUTH_CLIENT_SECRET?: string;

  @IsUrl(url)
  GOOGLE_OAUTH_TOKEN_URL = 'https://oauth2.googleapis.com/token';

  @IsUrl(url)
  GOOGLE_OAUTH_AUTH_URL = 'https://accounts.google.com/o/oauth2/v2/auth';

  /** Full Pub/Sub topic name passed to users.watch, e.g. projects/p/topics/gmail. */
  @IsOptional()
  @IsString()
  GMAIL_PUBSUB_TOPIC?: string;

  @IsOptional()
  @IsString()
  PUBSUB_AUDIENCE?: string;

  @IsOptional()
  @IsEmail()
  PUBSUB_SERVICE_ACCOUNT_EMAIL?: string;

  @IsUrl(url)
  GOOGLE_OIDC_JWKS_URL = 'https://www.googleapis.com/oauth2/v3/certs';

  /**
   * Minimum gap between JWKS refetches triggered by an unknown key id: bounds what forged
   * tokens can make us fetch, while a rotated Google key is picked up within this time.
   */
  @Transform(toNumber)
  @IsInt()
  @Min(0)
  OIDC_JWKS_COOLDOWN_MS = 10_000;

  /**
   * Verified push tokens remembered (keyed by their SHA-256): Pub/Sub reuses one token for many
   * pushes, so the RS256 check runs once per token instead of once per push. 0 turns it off.
   */
  @Transform(toNumber)
  @IsInt()
  @Min(0)
  @Max(100_000)
  OIDC_TOKEN_CACHE_SIZE = 1000;

  /** Upper bound on how long a verified token is trusted without re-checking its signature. */
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  @Max(3600)
  OIDC_TOKEN_CACHE_SECONDS = 600;

  /**
   * Oldest push token accepted, by its `iat` (Google's push tokens live 1 h): a leaked token
   * stops working after this long even if its `exp` is later. `iat` in the future is refused too.
   */
  @Transform(toNumber)
  @IsInt()
  @Min(60)
  @Max(86_400)
  OIDC_MAX_TOKEN_AGE_SECONDS = 3600;

  /**
   * false: the api role boots without PUBSUB_AUDIENCE / PUBSUB_SERVICE_ACCOUNT_EMAIL and the
   * webhook route does not exist (404); only the periodic sync finds new mail. true (default):
   * the api role refuses to boot without them.
   */
  @Transform(toBool)
  @IsBoolean()
  WEBHOOK_ENABLED = true;

  /** Gmail per-user quota, units per second (Google: 15,000/min ≈ 250/s moving average). */
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  GMAIL_QUOTA_UNITS_PER_SECOND = 250;

  /** Safety-net sync of every active mailbox, minutes. */
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  GMAIL_SYNC_INTERVAL_MINUTES = 5;

  /** Upper bound of messages fetched by a full re-sync after a 404 on history.list. */
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  @Max(5000)
  GMAIL_FULL_SYNC_MAX_MESSAGES = 200;

  // --- LLM ------------------------------------------------------------------------------
  @IsOptional()
  @IsIn(LLM_PROVIDERS)
  LLM_PROVIDER?: LlmProviderName;

  @IsOptional()
  @IsIn([...LLM_PROVIDERS, 'none'])
  LLM_FALLBACK_PROVIDER?: LlmProviderName | 'none';

  @IsOptional()
  @IsString()
  OPENAI_API_KEY?: string;

  @IsUrl(url)
  OPENAI_BASE_URL = 'https://api.openai.com/v1';

  @IsString()
  OPENAI_MODEL = 'gpt-4o-mini';

  @IsOptional()
  @IsString()
  ANTHROPIC_API_KEY?: string;

  @IsUrl(url)
  ANTHROPIC_BASE_URL = 'https://api.anthropic.com';

  @IsString()
  ANTHROPIC_MODEL = 'claude-sonnet-4-6';

  @Transform(toNumber)
  @IsNumber()
  @Min(0)
  @Max(2)
  LLM_TEMPERATURE = 0.3;

  @Transform(toNumber)
  @IsInt()
  @Min(16)
  @Max(8192)
  LLM_MAX_TOKENS = 500;

  @Transform(toNumber)
  @IsInt()
  @Min(100)
  LLM_TIMEOUT_MS = 30_000;

  /** Token budget for email content put into a prompt. */
  @Transform(toNumber)
  @IsInt()
  @Min(200)
  LLM_INPUT_TOKEN_BUDGET = 3_000;

  @Transform(toNumber)
  @IsInt()
  @Min(1)
  LLM_BREAKER_THRESHOLD = 3;

  @Transform(toNumber)
  @IsInt()
  @Min(100)
  LLM_BREAKER_COOLDOWN_MS = 30_000;

  /**
   * Retries the vendor SDK makes by itself on 408/409/429/5xx/timeouts. Kept small because the
   * circuit breaker and the BullMQ retry policy sit above: one quick retry absorbs a blip
   * without re-queueing the job; more would multiply latency and spend quota while the breaker
   * is still counting.
   */
  @Transform(toNumber)
  @IsInt()
  @Min(0)
  @Max(5)
  LLM_SDK_MAX_RETRIES = 1;

  /**
   * How the OpenAI adapter asks for JSON: json_schema (OpenAI, Azure, vLLM, Ollama, LM Studio),
   * json_object (older servers; LM Studio rejects it) or none (prompt only).
   */
  @IsIn(['json_schema', 'json_object', 'none'])
  OPENAI_RESPONSE_FORMAT: 'json_schema' | 'json_object' | 'none' = 'json_schema';

  /** Send output_config.format (structured outputs) to Anthropic; only newer models accept it. */
  @Transform(toBool)
  @IsBoolean()
  ANTHROPIC_STRUCTURED_OUTPUT = false;

  /** JSON object overriding llm-prices.ts: {"model-or-prefix": {"input": usdPerMTok, "output": usdPerMTok}}. */
  @IsString()
  LLM_PRICES_JSON = '';

  /**
   * The LLM account's limits (requests and tokens per minute; 0 = not paced). Calls wait for
   * budget in Redis counters shared by all workers instead of collecting 429s. Set them a
   * little under the account's limits (the SDK's retry of a stray 429 is not paced).
   */
  @Transform(toNumber)
  @IsInt()
  @Min(0)
  LLM_RATE_LIMIT_RPM = 0;

  @Transform(toNumber)
  @IsInt()
  @Min(0)
  LLM_RATE_LIMIT_TPM = 0;

  // --- Pipeline -------------------------------------------------------------------------
  @Transform(toNumber)
  @IsNumber()
  @Min(0)
  @Max(1)
  CLASSIFY_CONFIDENCE_THRESHOLD = 0.6;

  @Transform(toNumber)
  @IsInt()
  @Min(20)
  @Max(2000)
  REPLY_MAX_WORDS = 200;

  /** Daily cap of LLM-generated drafts per mailbox (cost guard). */
  @Transform(toNumber)
  @IsInt()
  @Min(0)
  DAILY_DRAFT_CAP = 200;

  /**
   * LLM calls (classify + generate) per mailbox per UTC day; past it the mailbox's mail waits for
   * the next day (0 = no cap). 1000 is several times a busy inbox's unfiltered mail plus
   * DAILY_DRAFT_CAP replies, yet bounds what a flood to one mailbox can spend.
   */
  @Transform(toNumber)
  @IsInt()
  @Min(0)
  DAILY_LLM_CALL_CAP = 1000;

  /** LLM tokens (prompt + completion) per mailbox per UTC day, as DAILY_LLM_CALL_CAP (0 = no cap). */
  @Transform(toNumber)
  @IsInt()
  @Min(0)
  DAILY_LLM_TOKEN_CAP = 0;

  /**
   * Reply-To is set by the sender and may point anywhere. `flag`: reply to it, but when its
   * domain differs from From's the draft opens with a line for the owner saying where it goes;
   * `follow`: reply to it silently; `ignore`: always reply to From.
   */
  @IsIn(REPLY_TO_POLICIES)
  REPLY_TO_POLICY: ReplyToPolicy = 'flag';

  /** Comma-separated sender addresses or @domains routed to the priority queue. */
  @IsOptional()
  @IsString()
  VIP_SENDERS?: string;

  @Transform(toNumber)
  @IsInt()
  @Min(1)
  @Max(64)
  WORKER_CONCURRENCY = 4;

  /**
   * Run generate and draft in the job that finished the stage before them, instead of as jobs of
   * their own (a failure still hands the stage to its own job, with the stage's retry policy).
   * Off: one job per stage, as the design's queue table has it.
   */
  @Transform(toBool)
  @IsBoolean()
  PIPELINE_INLINE_STAGES = true;

  /** Seconds SIGTERM waits for in-flight jobs before exiting. */
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  SHUTDOWN_GRACE_SECONDS = 25;

  /** Multiplies every retry backoff; tests shrink it, production keeps 1. */
  @Transform(toNumber)
  @IsNumber()
  @Min(0)
  RETRY_BACKOFF_SCALE = 1;

  /** Turn off cron schedulers (tests drive them directly). */
  @Transform(toBool)
  @IsBoolean()
  SCHEDULERS_ENABLED = true;

  /**
   * How often the reconcilers run (live tasks without a job, stored pushes no sync covered), and
   * how long such work must sit untouched before they re-enqueue it. Production keeps 60/120;
   * fault drills shorten them to finish within minutes (bench/, test/chaos/).
   */
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  RECONCILE_INTERVAL_SECONDS = 60;

  @Transform(toNumber)
  @IsInt()
  @Min(0)
  RECONCILE_IDLE_SECONDS = 120;

  // --- Security -------------------------------------------------------------------------
  /**
   * 32 random bytes, canonical base64 or 64 hex: AES-256-GCM key for OAuth tokens at rest, key
   * id `default` in the key ring (see core/config/token-key-ring.ts for every rule).
   */
  @IsOptional()
  @IsString()
  @tokenKeyRule('TOKEN_ENCRYPTION_KEY')
  TOKEN_ENCRYPTION_KEY?: string;

  /** More keys for rotation: `id:key,id:key` (each key as TOKEN_ENCRYPTION_KEY). */
  @IsOptional()
  @IsString()
  @tokenKeyRule('TOKEN_ENCRYPTION_KEYS')
  TOKEN_ENCRYPTION_KEYS?: string;

  /** The key new tokens are encrypted with; required once the ring holds several keys. */
  @tokenKeyRule('TOKEN_ENCRYPTION_ACTIVE_KEY_ID')
  TOKEN_ENCRYPTION_ACTIVE_KEY_ID?: string;

  /** Comma-separated `role:sha256hex` entries (viewer|operator|admin). */
  @IsOptional()
  @IsString()
  ADMIN_API_KEYS?: string;

  /** Requests per minute per source on the webhook; high so Pub/Sub bursts pass. */
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  WEBHOOK_RATE_LIMIT_PER_MINUTE = 60_000;

  @Transform(toNumber)
  @IsInt()
  @Min(1)
  ADMIN_RATE_LIMIT_PER_MINUTE = 300;

  @Transform(toNumber)
  @IsInt()
  @Min(1024)
  HTTP_BODY_LIMIT_BYTES = 1_048_576;

  /**
   * Which peers may set the client address through X-Forwarded-For (rate limits and logs use
   * it): `none`, a hop count, or comma-separated IPs/CIDRs (see core/config/trust-proxy.ts).
   */
  @IsString()
  @MaxLength(2000)
  @ValidateBy({
    name: 'trustProxy',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'string' && parseTrustProxy(value) !== undefined,
      defaultMessage: () =>
        'must be none, a hop count, or comma-separated IPs/CIDRs (or loopback, linklocal, uniquelocal)',
    },
  })
  TRUST_PROXY = 'none';

  /** Serve the OpenAPI document and Swagger UI at /api/docs (off in production images). */
  @Transform(toBool)
  @IsBoolean()
  SWAGGER_ENABLED = false;

  /**
   * When not 0, the api role serves /api/metrics on this port only (its own listener) and not
   * on PORT, so the public port never exposes metrics. 0: /api/metrics on PORT.
   */
  @Transform(toNumber)
  @IsInt()
  @Min(0)
  @Max(65535)
  METRICS_PORT = 0;
}
