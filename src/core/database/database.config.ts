import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsUrl, Max, Min } from 'class-validator';
import { toBool, toNumber } from '../config/config-slice.js';

const dbUrl = { require_tld: false, require_protocol: true, protocols: ['postgres', 'postgresql'] };

/** Config slice (see core/config/config-slice.ts): the PostgreSQL database. */
export class DatabaseConfig {
  /**
   * Required to boot (main.ts, the CLIs): optional here only so that tests and tools can load a
   * config without one. From a checkout, dev/with-database.ts fills it in (embedded PostgreSQL).
   */
  @IsOptional()
  @IsUrl(dbUrl, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string;

  @Transform(toNumber)
  @IsInt()
  @Min(1)
  @Max(500)
  DATABASE_POOL_SIZE = 20;

  @Transform(toBool)
  @IsBoolean()
  DATABASE_RUN_MIGRATIONS = true;

  /**
   * Prepare the repositories' statements once per connection. Off only behind a pooler in
   * transaction mode that cannot keep prepared statements (PgBouncer before 1.21, or without
   * max_prepared_statements).
   */
  @Transform(toBool)
  @IsBoolean()
  DATABASE_PREPARED_STATEMENTS = true;
}
