import { Injectable, Logger } from '@nestjs/common';
import { createRemoteJWKSet, errors as joseErrors, JWTPayload, jwtVerify } from 'jose';
import { AppConfig } from '../../core/config/app-config';
import { AppError, ErrorCodes } from '../../core/errors/app-error';

const ISSUERS = ['accounts.google.com', 'https://accounts.google.com'];

/**
 * Verifies the OIDC token Pub/Sub attaches to every push: RS256 signature against Google's JWKS
 * (fetched once, cached, refetched when a token names an unknown key id), issuer, audience,
 * expiry, and the push service account's verified email.
 */
@Injectable()
export class OidcVerifier {
  private readonly logger = new Logger(OidcVerifier.name);
  private readonly jwks: ReturnType<typeof createRemoteJWKSet>;

  constructor(private readonly config: AppConfig) {
    this.jwks = createRemoteJWKSet(new URL(config.GOOGLE_OIDC_JWKS_URL), {
      timeoutDuration: 5_000,
      // After an unknown kid triggers a refetch, wait this long before another one (DoS guard).
      cooldownDuration: config.OIDC_JWKS_COOLDOWN_MS,
      cacheMaxAge: 6 * 60 * 60 * 1000,
    });
  }

  async verify(authorization: string | undefined): Promise<JWTPayload> {
    const audience = this.config.PUBSUB_AUDIENCE;
    const expectedEmail = this.config.PUBSUB_SERVICE_ACCOUNT_EMAIL;
    if (!audience || !expectedEmail) {
      // Fail closed: a webhook without an expected audience would accept anyone's token.
      this.logger.error('PUBSUB_AUDIENCE and PUBSUB_SERVICE_ACCOUNT_EMAIL must be set to accept pushes');
      throw unauthorized('push authentication is not configured');
    }
    const match = /^Bearer\s+([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/.exec(authorization ?? '');
    if (!match) throw unauthorized('missing or malformed bearer token');
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(match[1], this.jwks, {
        issuer: ISSUERS,
        audience,
        algorithms: ['RS256'],
        clockTolerance: 30,
      }));
    } catch (error) {
      if (isJwksUnavailable(error)) {
        // Google's keys unreachable: not the sender's fault, let Pub/Sub retry.
        throw new AppError(ErrorCodes.SERVICE_UNAVAILABLE, 'cannot fetch token signing keys', { status: 503, retryable: true });
      }
      throw unauthorized(reason(error));
    }
    if (payload.email !== expectedEmail) throw unauthorized('token email is not the push service account');
    if (payload.email_verified !== true) throw unauthorized('token email is not verified');
    return payload;
  }
}

function unauthorized(message: string): AppError {
  return new AppError(ErrorCodes.UNAUTHORIZED, `Pub/Sub push rejected: ${message}`, { status: 401 });
}

function isJwksUnavailable(error: unknown): boolean {
  return error instanceof joseErrors.JWKSTimeout || (error instanceof Error && /fetch failed|ECONNREFUSED|Expected 200 OK/i.test(error.message));
}

function reason(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return 'token expired';
  if (error instanceof joseErrors.JWTClaimValidationFailed) return `claim "${error.claim}" invalid`;
  if (error instanceof joseErrors.JWKSNoMatchingKey) return 'unknown signing key';
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return 'bad signature';
  return 'invalid token';
}
