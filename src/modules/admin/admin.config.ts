import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUrl, Min } from 'class-validator';
import type { CrossCheckedSlice } from '../../core/config/config-slice.js';
import { toNumber } from '../../core/config/config-slice.js';

const ADMIN_KEY_ENTRY = /^(viewer|operator|admin):[0-9a-f]{64}$/i;

/** Config slice (see core/config/config-slice.ts): who may call the admin API, and how often. */
export class AdminConfig implements CrossCheckedSlice {
  /** Comma-separated `role:sha256hex` entries (viewer|operator|admin). */
  @IsOptional()
  @IsString()
  ADMIN_API_KEYS?: string;

  @Transform(toNumber)
  @IsInt()
  @Min(1)
  ADMIN_RATE_LIMIT_PER_MINUTE = 300;

  /**
   * Where Google sends the browser back after consent in the web connect flow: this api's
   * `/api/v1/oauth/google/callback` as users reach it (and as registered with the OAuth client).
   * Unset: mailboxes connect through the CLI only.
   */
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  GOOGLE_OAUTH_REDIRECT_URI?: string;

  crossCheck(): string[] {
    const entries = (this.ADMIN_API_KEYS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    return entries.every((entry) => ADMIN_KEY_ENTRY.test(entry))
      ? []
      : ['ADMIN_API_KEYS: each entry must be role:sha256hex with role viewer|operator|admin'];
  }
}
