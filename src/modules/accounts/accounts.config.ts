import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, Max, Min } from 'class-validator';
import { toBool, toNumber } from '../../core/config/config-slice.js';

/** Config slice (see core/config/config-slice.ts): console sign-in and sessions. */
export class AccountsConfig {
  /** A session unused for this long is over (sign in again). */
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  @Max(1440)
  SESSION_IDLE_MINUTES = 60;

  /** A session is over this long after sign-in, however busy. */
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  @Max(720)
  SESSION_MAX_HOURS = 12;

  /** Mark the session cookie Secure: set it when the console is reached over TLS. */
  @Transform(toBool)
  @IsBoolean()
  SESSION_COOKIE_SECURE = false;

  /** Failed and successful sign-ins counted per account per 15 minutes before refusing. */
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  LOGIN_ATTEMPTS_PER_ACCOUNT = 10;

  /** Sign-ins counted per client IP per 15 minutes before refusing. */
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  LOGIN_ATTEMPTS_PER_IP = 50;
}
