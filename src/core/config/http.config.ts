import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsString, Max, MaxLength, Min, ValidateBy } from 'class-validator';
import { toBool, toNumber } from './config-slice.js';
import { parseTrustProxy } from './trust-proxy.js';

/** Config slice (see config-slice.ts): the HTTP listeners the entry points open. */
export class HttpConfig {
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  /** Port of the worker role's small health/metrics HTTP listener. */
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  @Max(65535)
  WORKER_HEALTH_PORT = 3001;

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

  /** Serve the web console (the built dist/console) at /console on the api role. */
  @Transform(toBool)
  @IsBoolean()
  CONSOLE_ENABLED = true;

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
