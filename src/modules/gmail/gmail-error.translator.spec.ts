import { describe, expect, it } from 'vitest';
import { AppError, ErrorCodes } from '../../core/errors/app-error.js';
import { parseRetryAfter, statusLabel, translateGmailError } from './gmail-error.translator.js';

const TOKEN_URL = 'https://oauth2.googleapis.com/token';

function gaxios(
  status: number | undefined,
  data?: unknown,
  headers: Record<string, string> = {},
  url = 'https://gmail.googleapis.com/gmail/v1/users/me/messages/1',
) {
  return {
    message: 'boom',
    config: { url },
    status,
    response: status === undefined ? undefined : { status, data, headers: new Headers(headers) },
  };
}

const reason = (r: string) => ({ error: { code: 403, errors: [{ reason: r }] } });

describe('translateGmailError', () => {
  it.each([
    [
      '429',
      gaxios(429, {}, { 'retry-after': '12' }),
      'messages.get',
      ErrorCodes.GMAIL_RATE_LIMITED,
      true,
    ],
    [
      '403 rateLimitExceeded',
      gaxios(403, reason('rateLimitExceeded')),
      'messages.get',
      ErrorCodes.GMAIL_RATE_LIMITED,
      true,
    ],
    [
      '403 userRateLimitExceeded',
      gaxios(403, reason('userRateLimitExceeded')),
      'messages.get',
      ErrorCodes.GMAIL_RATE_LIMITED,
      true,
    ],
    [
      '403 forbidden',
      gaxios(403, reason('forbidden')),
      'messages.get',
      ErrorCodes.GMAIL_BAD_REQUEST,
      false,
    ],
    ['500', gaxios(500), 'messages.get', ErrorCodes.GMAIL_UNAVAILABLE, true],
    ['502', gaxios(502), 'drafts.create', ErrorCodes.GMAIL_UNAVAILABLE, true],
    [
      'network',
      { message: 'fetch failed', config: {}, code: 'ECONNRESET' },
      'messages.get',
      ErrorCodes.GMAIL_UNAVAILABLE,
      true,
    ],
    [
      'timeout',
      { message: 'timeout', config: {}, code: 'TimeoutError' },
      'messages.get',
      ErrorCodes.GMAIL_UNAVAILABLE,
      true,
    ],
    ['404 history', gaxios(404), 'history.list', ErrorCodes.GMAIL_HISTORY_EXPIRED, false],
    ['404 other', gaxios(404), 'messages.get', ErrorCodes.GMAIL_NOT_FOUND, false],
    [
      'invalid_grant',
      gaxios(400, { error: 'invalid_grant' }, {}, TOKEN_URL),
      'messages.get',
      ErrorCodes.GMAIL_AUTH_REVOKED,
      false,
    ],
    [
      'invalid_client',
      gaxios(401, { error: 'invalid_client' }, {}, TOKEN_URL),
      'messages.get',
      ErrorCodes.GMAIL_BAD_REQUEST,
      false,
    ],
    [
      'token 503',
      gaxios(503, {}, {}, TOKEN_URL),
      'messages.get',
      ErrorCodes.GMAIL_UNAVAILABLE,
      true,
    ],
    [
      '400',
      gaxios(400, { error: { code: 400 } }),
      'drafts.create',
      ErrorCodes.GMAIL_BAD_REQUEST,
      false,
    ],
    [
      'programming error',
      new TypeError('x is undefined'),
      'messages.get',
      ErrorCodes.GMAIL_BAD_REQUEST,
      false,
    ],
  ])('%s', (_name, err, endpoint, code, retryable) => {
    const result = translateGmailError(err, endpoint, TOKEN_URL);
    expect(result).toBeInstanceOf(AppError);
    expect({ code: result.code, retryable: result.retryable }).toEqual({ code, retryable });
    expect(result.cause).toBe(err);
  });

  it('carries Retry-After seconds on rate limits', () => {
    expect(
      translateGmailError(gaxios(429, {}, { 'retry-after': '12' }), 'x').options.retryAfterSeconds,
    ).toBe(12);
    expect(translateGmailError(gaxios(429), 'x').options.retryAfterSeconds).toBeUndefined();
  });

  it('passes AppErrors through untouched', () => {
    const original = new AppError(ErrorCodes.GMAIL_RATE_LIMITED, 'local quota', {
      retryable: true,
    });
    expect(translateGmailError(original, 'x')).toBe(original);
  });
});

describe('parseRetryAfter', () => {
  it('reads delta-seconds and HTTP dates', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(parseRetryAfter('30', now)).toBe(30);
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:45 GMT', now)).toBe(45);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});

describe('statusLabel', () => {
  it('uses the HTTP status, or timeout/network without one', () => {
    expect(statusLabel(gaxios(429))).toBe('429');
    expect(statusLabel({ config: {}, code: 'TimeoutError' })).toBe('timeout');
    expect(statusLabel({ config: {}, code: 'ECONNREFUSED' })).toBe('network');
  });
});
