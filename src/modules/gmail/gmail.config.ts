import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUrl, Matches, Min } from 'class-validator';
import { HTTP_URL, toNumber } from '../../core/config/config-slice.js';

/** Config slice (see core/config/config-slice.ts): the Gmail API and Google's OAuth client. */
export class GmailConfig {
  /** googleapis rebuilds URLs from an absolute path, so this must be an origin ending in '/'. */
  @IsUrl(HTTP_URL)
  @Matches(/^https?:\/\/[^/]+\/$/, {
    message: 'GMAIL_API_ROOT_URL must be an origin ending in "/" (no path)',
  })
  GMAIL_API_ROOT_URL = 'https://gmail.googleapis.com/';

  @IsOptional()
  @IsString()
  GOOGLE_OAUTH_CLIENT_ID?: string;

  @IsOptional()
  @IsString()
  GOOGLE_OAUTH_CLIENT_SECRET?: string;

  @IsUrl(HTTP_URL)
  GOOGLE_OAUTH_TOKEN_URL = 'https://oauth2.googleapis.com/token';

  /** The consent page gmail:connect opens. */
  @IsUrl(HTTP_URL)
  GOOGLE_OAUTH_AUTH_URL = 'https://accounts.google.com/o/oauth2/v2/auth';

  /** Gmail per-user quota, units per second (Google: 15,000/min ≈ 250/s moving average). */
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  GMAIL_QUOTA_UNITS_PER_SECOND = 250;
}
