import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { AppError, ErrorCodes } from '../../core/errors/app-error.js';

/**
 * Vendor errors → coded AppErrors. Retryable: rate limits (after the SDK's own retries), 408/409,
 * 5xx incl. Anthropic's 529 "overloaded", connection failures and timeouts. Everything else (400,
 * 401/403, 404 unknown model, 413, 422) will not get better by trying again.
 */
export function toLlmError(error: unknown, provider: string, deadlineHit: boolean): AppError {
  if (error instanceof AppError) return error;
  const cause = error;
  if (deadlineHit || isTimeout(error)) {
    return new AppError(ErrorCodes.LLM_TIMEOUT, `${provider}: request timed out`, {
      retryable: true,
      status: 504,
      cause,
    });
  }
  const status = statusOf(error);
  if (status === undefined) {
    if (isConnectionError(error)) {
      return new AppError(ErrorCodes.LLM_UNAVAILABLE, `${provider}: connection failed`, {
        retryable: true,
        status: 503,
        cause,
      });
    }
    const message = error instanceof Error ? error.message : String(error);
    return new AppError(ErrorCodes.LLM_UNAVAILABLE, `${provider}: ${message}`, {
      retryable: true,
      status: 503,
      cause,
    });
  }
  const vendorMessage = messageOf(error);
  if (status === 429) {
    return new AppError(ErrorCodes.LLM_RATE_LIMITED, `${provider}: rate limited`, {
      retryable: true,
      status,
      retryAfterSeconds: retryAfterSeconds(error),
      details: { provider, vendorMessage },
      cause,
    });
  }
  if (status >= 500 || status === 408 || status === 409) {
    return new AppError(ErrorCodes.LLM_UNAVAILABLE, `${provider}: server error ${status}`, {
      retryable: true,
      status: 503,
      retryAfterSeconds: retryAfterSeconds(error),
      details: { provider, vendorStatus: status, vendorMessage },
      cause,
    });
  }
  const auth = status === 401 || status === 403;
  return new AppError(
    ErrorCodes.LLM_BAD_REQUEST,
    `${provider}: ${auth ? 'authentication failed' : 'request rejected'} (${status})`,
    {
      retryable: false,
      status,
      details: { provider, vendorStatus: status, vendorMessage },
      cause,
    },
  );
}

/**
 * Failures that say the provider is unhealthy; these count towards opening its breaker. An answer
 * still unreadable after the repair re-ask counts too: one such answer may be the email's doing,
 * but a provider that keeps giving them (a model swapped behind a deployment name, a proxy that
 * mangles JSON) is as useless as one that is down, and the fallback should take over.
 */
export function isAvailabilityFailure(error: unknown): boolean {
  if (!(error instanceof AppError)) return false;
  // Our own pacing (LLM_RATE_LIMIT_*) giving up says nothing about the vendor's health.
  if (error.options.details?.source === 'local-rate-limit') return false;
  return (
    error.code === ErrorCodes.LLM_UNAVAILABLE ||
    error.code === ErrorCodes.LLM_TIMEOUT ||
    error.code === ErrorCodes.LLM_RATE_LIMITED ||
    error.code === ErrorCodes.LLM_INVALID_OUTPUT
  );
}

/**
 * Whether another provider may answer instead: any transient failure, a rejected key (the
 * fallback exists to keep mail flowing while someone fixes the primary's credentials), and an
 * answer the primary could not make readable (another model may read the same email fine).
 */
export function canFallBack(error: AppError): boolean {
  return (
    error.retryable ||
    error.status === 401 ||
    error.status === 403 ||
    error.code === ErrorCodes.LLM_INVALID_OUTPUT
  );
}

function isTimeout(error: unknown): boolean {
  return (
    error instanceof OpenAI.APIConnectionTimeoutError ||
    error instanceof Anthropic.APIConnectionTimeoutError
  );
}

function isConnectionError(error: unknown): boolean {
  return (
    error instanceof OpenAI.APIConnectionError || error instanceof Anthropic.APIConnectionError
  );
}

function statusOf(error: unknown): number | undefined {
  if (error instanceof OpenAI.APIError || error instanceof Anthropic.APIError)
    return error.status ?? undefined;
  return undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message.slice(0, 300) : '';
}

function retryAfterSeconds(error: unknown): number | undefined {
  const headers =
    error instanceof OpenAI.APIError || error instanceof Anthropic.APIError
      ? error.headers
      : undefined;
  const ms = Number(headers?.get('retry-after-ms'));
  if (Number.isFinite(ms) && ms > 0) return Math.ceil(ms / 1000);
  const raw = headers?.get('retry-after');
  if (!raw) return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds)) return seconds > 0 ? Math.ceil(seconds) : undefined;
  const date = Date.parse(raw);
  return Number.isFinite(date) ? Math.max(1, Math.ceil((date - Date.now()) / 1000)) : undefined;
}
