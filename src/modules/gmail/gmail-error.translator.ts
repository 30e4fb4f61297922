import { AppError, ErrorCodes } from '../../core/errors/app-error.js';

/**
 * gaxios errors → AppError. Duck-typed on purpose: googleapis-common and google-auth-library
 * may load different gaxios copies, so `instanceof GaxiosError` is unreliable.
 */
interface GaxiosLike {
  message?: string;
  code?: string | number;
  status?: number;
  config?: { url?: string | URL };
  response?: { status?: number; headers?: unknown; data?: unknown };
}

const RATE_LIMIT_REASONS = new Set(['rateLimitExceeded', 'userRateLimitExceeded']);
const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'UND_ERR_SOCKET',
  'TimeoutError',
  'AbortError',
]);

function headerOf(headers: unknown, name: string): string | undefined {
  if (!headers) return undefined;
  if (typeof (headers as Headers).get === 'function')
    return (headers as Headers).get(name) ?? undefined;
  const value = (headers as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}

/** Retry-After as seconds: delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

function reasons(data: unknown): string[] {
  const errors = (data as { error?: { errors?: { reason?: unknown }[] } } | undefined)?.error
    ?.errors;
  return Array.isArray(errors)
    ? errors.map((e) => e?.reason).filter((r): r is string => typeof r === 'string')
    : [];
}

function oauthError(data: unknown): string | undefined {
  const error = (data as { error?: unknown } | undefined)?.error;
  return typeof error === 'string' ? error : undefined;
}

export function isGaxiosLike(err: unknown): err is GaxiosLike {
  return typeof err === 'object' && err !== null && 'config' in err;
}

/** HTTP status (as text) or a network failure class, for the gmail_api_calls_total label. */
export function statusLabel(err: unknown): string {
  const e = err as GaxiosLike;
  const status = e?.response?.status ?? e?.status;
  if (typeof status === 'number') return String(status);
  return e?.code === 'TimeoutError' ? 'timeout' : 'network';
}

/** `endpoint` decides the 404 meaning: on history.list it is an expired startHistoryId. */
export function translateGmailError(err: unknown, endpoint: string, tokenUrl?: string): AppError {
  if (err instanceof AppError) return err;
  const e = (err ?? {}) as GaxiosLike;
  const status = e.response?.status ?? (typeof e.status === 'number' ? e.status : undefined);
  const data = e.response?.data;
  const details = { endpoint, status, reasons: reasons(data) };
  const base = { cause: err, details, status };

  if (status === undefined) {
    // No answer at all: refused, reset, DNS, timeout. Only gaxios failures are transient;
    // anything else is a bug on our side and retrying would not help.
    const transient = isGaxiosLike(err) || NETWORK_CODES.has(String(e.code));
    return new AppError(
      transient ? ErrorCodes.GMAIL_UNAVAILABLE : ErrorCodes.GMAIL_BAD_REQUEST,
      `Gmail ${endpoint} failed without a response: ${e.message ?? String(err)}`,
      { ...base, retryable: transient, status: transient ? 503 : 500 },
    );
  }
  const isTokenCall = tokenUrl !== undefined && String(e.config?.url ?? '').startsWith(tokenUrl);
  if (oauthError(data) === 'invalid_grant') {
    return new AppError(
      ErrorCodes.GMAIL_AUTH_REVOKED,
      'Google refused the refresh token (invalid_grant): re-authorise the mailbox',
      {
        ...base,
        retryable: false,
        status: 401,
      },
    );
  }
  if (status === 429 || (status === 403 && reasons(data).some((r) => RATE_LIMIT_REASONS.has(r)))) {
    return new AppError(
      ErrorCodes.GMAIL_RATE_LIMITED,
      `Gmail ${endpoint} rate limited (${status})`,
      {
        ...base,
        retryable: true,
        status: 429,
        retryAfterSeconds: parseRetryAfter(headerOf(e.response?.headers, 'retry-after')),
      },
    );
  }
  if (status >= 500 || status === 408) {
    return new AppError(ErrorCodes.GMAIL_UNAVAILABLE, `Gmail ${endpoint} unavailable (${status})`, {
      ...base,
      retryable: true,
      status: 503,
    });
  }
  if (isTokenCall) {
    // invalid_client and friends: our OAuth configuration is wrong; retrying will not fix it.
    return new AppError(
      ErrorCodes.GMAIL_BAD_REQUEST,
      `Google token endpoint refused the request (${status} ${oauthError(data) ?? ''})`,
      {
        ...base,
        retryable: false,
      },
    );
  }
  if (status === 409) {
    return new AppError(ErrorCodes.GMAIL_CONFLICT, `Gmail ${endpoint}: conflict (409)`, {
      ...base,
      retryable: false,
    });
  }
  if (status === 404) {
    return endpoint === 'history.list'
      ? new AppError(
          ErrorCodes.GMAIL_HISTORY_EXPIRED,
          'startHistoryId is too old: full re-sync needed',
          { ...base, retryable: false },
        )
      : new AppError(ErrorCodes.GMAIL_NOT_FOUND, `Gmail ${endpoint}: not found`, {
          ...base,
          retryable: false,
        });
  }
  return new AppError(
    ErrorCodes.GMAIL_BAD_REQUEST,
    `Gmail ${endpoint} rejected the request (${status}): ${e.message ?? ''}`,
    {
      ...base,
      retryable: false,
    },
  );
}
