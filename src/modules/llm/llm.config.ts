import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  Max,
  Min,
} from 'class-validator';
import type { CrossCheckedSlice } from '../../core/config/config-slice.js';
import { HTTP_URL, toBool, toNumber } from '../../core/config/config-slice.js';

export const LLM_PROVIDERS = ['openai', 'anthropic', 'offline'] as const;
export type LlmProviderName = (typeof LLM_PROVIDERS)[number];

/** Config slice (see core/config/config-slice.ts): the LLM vendors, their limits and prices. */
export class LlmConfig implements CrossCheckedSlice {
  @IsOptional()
  @IsIn(LLM_PROVIDERS)
  LLM_PROVIDER?: LlmProviderName;

  @IsOptional()
  @IsIn([...LLM_PROVIDERS, 'none'])
  LLM_FALLBACK_PROVIDER?: LlmProviderName | 'none';

  @IsOptional()
  @IsString()
  OPENAI_API_KEY?: string;

  @IsUrl(HTTP_URL)
  OPENAI_BASE_URL = 'https://api.openai.com/v1';

  @IsString()
  OPENAI_MODEL = 'gpt-4o-mini';

  @IsOptional()
  @IsString()
  ANTHROPIC_API_KEY?: string;

  @IsUrl(HTTP_URL)
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
   * Connections each LLM SDK client may open to its API. Each call in flight holds one (no
   * HTTP/2 multiplexing), so this caps the calls in flight: keep it at least the worker's
   * PIPELINE_MAX_CONCURRENCY, or a large account's rate cannot be reached.
   */
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  @Max(10_000)
  LLM_MAX_CONNECTIONS = 1024;

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

  /**
   * Classify non-urgent mail (mail recorded by a backfill) through OpenAI's Batch API at half
   * price: answers come within 24 hours instead of seconds. Only with OpenAI as the primary
   * provider; other mail is unaffected.
   */
  @Transform(toBool)
  @IsBoolean()
  OPENAI_BATCH_ENABLED = false;

  /** How often batches are submitted and polled, and how long a waiting task's job sleeps. */
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  OPENAI_BATCH_POLL_SECONDS = 60;

  crossCheck(): string[] {
    const problems: string[] = [];
    if (this.LLM_PROVIDER === 'openai' && !this.OPENAI_API_KEY)
      problems.push('OPENAI_API_KEY: required when LLM_PROVIDER=openai');
    if (this.LLM_PROVIDER === 'anthropic' && !this.ANTHROPIC_API_KEY)
      problems.push('ANTHROPIC_API_KEY: required when LLM_PROVIDER=anthropic');
    return problems;
  }
}
