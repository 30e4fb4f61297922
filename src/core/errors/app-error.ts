/**
 * Domain error with a stable code. `retryable` drives the job retry policy: only transient
 * failures (rate limits, 5xx, timeouts) are retried; everything else fails at once.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly options: {
      retryable?: boolean;
      status?: number;
      details?: Record<string, unknown>;
      /** Seconds the remote asked us to wait (Retry-After), if any. */
      retryAfterSeconds?: number;
      cause?: unknown;
    } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
  }

  get retryable(): boolean {
    return this.options.retryable ?? false;
  }

  get status(): number {
    return this.options.status ?? 500;
  }
}

/** Codes shared across modules. Modules may add their own string codes. */
export const ErrorCodes = {
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  UNAUTHORIZED: 'UNAUTHORIZED',
  FORBIDDEN: 'FORBIDDEN',
  RATE_LIMITED: 'RATE_LIMITED',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL: 'INTERNAL_ERROR',
  GMAIL_RATE_LIMITED: 'GMAIL_RATE_LIMITED',
  GMAIL_UNAVAILABLE: 'GMAIL_UNAVAILABLE',
  GMAIL_NOT_FOUND: 'GMAIL_NOT_FOUND',
  GMAIL_HISTORY_EXPIRED: 'GMAIL_HISTORY_EXPIRED',
  GMAIL_AUTH_REVOKED: 'GMAIL_AUTH_REVOKED',
  GMAIL_BAD_REQUEST: 'GMAIL_BAD_REQUEST',
  /** Gmail answered 409: what we asked to create exists already (labels.create). */
  GMAIL_CONFLICT: 'GMAIL_CONFLICT',
  LLM_RATE_LIMITED: 'LLM_RATE_LIMITED',
  LLM_UNAVAILABLE: 'LLM_UNAVAILABLE',
  LLM_TIMEOUT: 'LLM_TIMEOUT',
  LLM_INVALID_OUTPUT: 'LLM_INVALID_OUTPUT',
  LLM_BAD_REQUEST: 'LLM_BAD_REQUEST',
  LLM_CIRCUIT_OPEN: 'LLM_CIRCUIT_OPEN',
} as const;

export function isRetryable(error: unknown): boolean {
  return error instanceof AppError ? error.retryable : false;
}
