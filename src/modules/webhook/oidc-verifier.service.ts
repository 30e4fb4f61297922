import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { createRemoteJWKSet, errors as joseErrors, JWTPayload, jwtVerify } from 'jose';
import { LRUCache } from 'lru-cache';
import { WebhookConfig } from './webhook.config.js';
import { AppError, ErrorCodes } from '../../core/errors/app-error.js';

const ISSUERS = ['accounts.google.com', 'https://accounts.google.com'];
const CLOCK_TOLERANCE_SECONDS = 30;

/**
 * Verifies the OIDC token Pub/Sub attaches to every push: RS256 signature against Google's JWKS
 * (fetched once, cached, refetched when a token names an unknown key id), issuer, audience,
 * expiry, age (`iat`, OIDC_MAX_TOKEN_AGE_SECONDS) and the push service account's verified email.
 *
 * Pub/Sub sends the same token with many pushes, so a token that passed every check is
 * remembered (see verifiedTokenCache) and later pushes carrying it only have their expiry checked.
 * Concurrent pushes with a token not yet verified share one verification.
 */
@Injectable()
export class OidcVerifier {
  private readonly logger = new Logger(OidcVerifier.name);
  private readonly jwks: ReturnType<typeof createRemoteJWKSet>;
  private readonly verified?: LRUCache<string, JWTPayload>;
  private readonly inFlight = new Map<string, Promise<JWTPayload>>();

  constructor(private readonly config: WebhookConfig) {
    this.jwks = createRemoteJWKSet(new URL(config.GOOGLE_OIDC_JWKS_URL), {
      timeoutDuration: 5_000,
      // After an unknown kid triggers a refetch, wait this long before another one (DoS guard).
      cooldownDuration: config.OIDC_JWKS_COOLDOWN_MS,
      cacheMaxAge: 6 * 60 * 60 * 1000,
    });
    if (config.OIDC_TOKEN_CACHE_SIZE > 0) {
      this.verified = verifiedTokenCache(
        config.OIDC_TOKEN_CACHE_SIZE,
        config.OIDC_TOKEN_CACHE_SECONDS * 1000,
      );
    }
  }

  async verify(authorization: string | undefined): Promise<JWTPayload> {
    const audience = this.config.PUBSUB_AUDIENCE;
    const expectedEmail = this.config.PUBSUB_SERVICE_ACCOUNT_EMAIL;
    if (!audience || !expectedEmail) {
      // Fail closed: a webhook without an expected audience would accept anyone's token.
      this.logger.error(
        'PUBSUB_AUDIENCE and PUBSUB_SERVICE_ACCOUNT_EMAIL must be set to accept pushes',
      );
      throw unauthorized('push authentication is not configured');
    }
    const match = /^Bearer\s+([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/.exec(
      authorization ?? '',
    );
    if (!match) throw unauthorized('missing or malformed bearer token');
    const token = match[1];
    if (!this.verified) return this.verifyFully(token, audience, expectedEmail);

    // A digest, not the token, is kept: a heap dump or a debugger must not hand out live tokens.
    const key = createHash('sha256').update(token).digest('base64url');
    const now = Date.now();
    const hit = this.verified.get(key);
    if (hit) {
      // Same rules as jose's (exp <= now - tolerance; age past the maximum), so caching changes
      // nothing: a cached token is refused once it is expired or too old.
      const nowSeconds = Math.floor(now / 1000);
      if (hit.exp !== undefined && hit.exp <= nowSeconds - CLOCK_TOLERANCE_SECONDS) {
        this.verified.delete(key);
        throw unauthorized('token expired');
      }
      if (
        typeof hit.iat === 'number' &&
        nowSeconds - hit.iat - CLOCK_TOLERANCE_SECONDS > this.config.OIDC_MAX_TOKEN_AGE_SECONDS
      ) {
        this.verified.delete(key);
        throw unauthorized('token too old');
      }
      return hit;
    }
    let pending = this.inFlight.get(key);
    if (!pending) {
      // Failures are not remembered: a bad token costs the sender nothing to vary, and a failure
      // may be transient (keys unreachable, a freshly rotated key still in the refetch cooldown).
      pending = this.verifyFully(token, audience, expectedEmail)
        .then((payload) => {
          this.verified?.set(key, payload);
          return payload;
        })
        .finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, pending);
    }
    return pending;
  }

  private async verifyFully(
    token: string,
    audience: string,
    expectedEmail: string,
  ): Promise<JWTPayload> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.jwks, {
        issuer: ISSUERS,
        audience,
        algorithms: ['RS256'],
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        // Requires `iat`, refuses it older than this or in the future (beyond the tolerance): a
        // leaked token is useless after at most this long, whatever its `exp` says.
        maxTokenAge: this.config.OIDC_MAX_TOKEN_AGE_SECONDS,
      }));
    } catch (error) {
      if (isJwksUnavailable(error)) {
        // Google's keys unreachable: not the sender's fault, let Pub/Sub retry.
        throw new AppError(ErrorCodes.SERVICE_UNAVAILABLE, 'cannot fetch token signing keys', {
          status: 503,
          retryable: true,
        });
      }
      throw unauthorized(reason(error));
    }
    if (payload.email !== expectedEmail)
      throw unauthorized('token email is not the push service account');
    if (payload.email_verified !== true) throw unauthorized('token email is not verified');
    return payload;
  }
}

/**
 * Tokens that passed every check, by digest, bounded in count and age. Only tokens Google signed
 * for our audience and service account get in, so nobody can flood it with junk; the least
 * recently used entry makes room. The age cap bounds how long a token outlives a signing key
 * Google withdrew. Expiry itself is checked on every hit (with the clock tolerance) so an expired
 * token is told "expired"; the age cap only bounds how long the signature check is skipped.
 */
export function verifiedTokenCache(maxEntries: number, maxAgeMs: number) {
  // Ages on the wall clock, as the token's own exp and iat do.
  return new LRUCache<string, JWTPayload>({
    max: maxEntries,
    ttl: maxAgeMs,
    perf: Date,
    ttlResolution: 0,
  });
}

function unauthorized(message: string): AppError {
  return new AppError(ErrorCodes.UNAUTHORIZED, `Pub/Sub push rejected: ${message}`, {
    status: 401,
  });
}

function isJwksUnavailable(error: unknown): boolean {
  return (
    error instanceof joseErrors.JWKSTimeout ||
    (error instanceof Error && /fetch failed|ECONNREFUSED|Expected 200 OK/i.test(error.message))
  );
}

function reason(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired)
    return error.claim === 'iat' ? 'token too old' : 'token expired';
  if (error instanceof joseErrors.JWTClaimValidationFailed) return `claim "${error.claim}" invalid`;
  if (error instanceof joseErrors.JWKSNoMatchingKey) return 'unknown signing key';
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return 'bad signature';
  return 'invalid token';
}
