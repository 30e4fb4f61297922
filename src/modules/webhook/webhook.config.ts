import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsInt, IsOptional, IsString, IsUrl, Max, Min } from 'class-validator';
import { HTTP_URL, toBool, toNumber } from '../../core/config/config-slice.js';

/** Config slice (see core/config/config-slice.ts): the Pub/Sub push route and its OIDC check. */
export class WebhookConfig {
  /**
   * false: the api role boots without PUBSUB_AUDIENCE / PUBSUB_SERVICE_ACCOUNT_EMAIL and the
   * webhook route does not exist (404); only the periodic sync finds new mail. true (default):
   * the api role refuses to boot without them.
   */
  @Transform(toBool)
  @IsBoolean()
  WEBHOOK_ENABLED = true;

  @IsOptional()
  @IsString()
  PUBSUB_AUDIENCE?: string;

  @IsOptional()
  @IsEmail()
  PUBSUB_SERVICE_ACCOUNT_EMAIL?: string;

  @IsUrl(HTTP_URL)
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

  /** Requests per minute per source on the webhook; high so Pub/Sub bursts pass. */
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  WEBHOOK_RATE_LIMIT_PER_MINUTE = 60_000;
}
