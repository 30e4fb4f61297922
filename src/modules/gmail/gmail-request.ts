import type { gmail_v1 } from 'googleapis';
import { AppError, ErrorCodes } from '../../core/errors/app-error.js';
import type { GmailCredentials } from './gmail-client.port.js';
import type { GmailEndpoint } from './gmail-quota.service.js';

/**
 * One Gmail request as the adapter runs it (quota, metrics, error translation): what the
 * message, draft and label requests are given instead of a googleapis client.
 */
export type GmailCall = <T>(
  creds: GmailCredentials,
  endpoint: GmailEndpoint,
  request: (gmail: gmail_v1.Gmail) => Promise<{ data: T; status: number }>,
) => Promise<T>;

/** A field Gmail always sends: its absence is a broken answer, not an empty value. */
export function required<T>(value: T | null | undefined, field: string): T {
  if (value === null || value === undefined || value === '') {
    throw new AppError(ErrorCodes.GMAIL_BAD_REQUEST, `Gmail answer lacks ${field}`, {
      status: 502,
    });
  }
  return value;
}
