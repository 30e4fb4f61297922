import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, Min } from 'class-validator';
import { toBool, toNumber } from './config-slice.js';

/**
 * Config slice (see config-slice.ts): the periodic work of the ingestion and pipeline modules
 * alike, kept in core because both read the same switches.
 */
export class ScheduleConfig {
  /** Turn off cron schedulers (tests drive them directly). */
  @Transform(toBool)
  @IsBoolean()
  SCHEDULERS_ENABLED = true;

  /**
   * How often the reconcilers run (live tasks without a job, stored pushes no sync covered), and
   * how long such work must sit untouched before they re-enqueue it. Production keeps 60/120;
   * fault drills shorten them to finish within minutes (bench/, test/chaos/).
   */
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  RECONCILE_INTERVAL_SECONDS = 60;

  @Transform(toNumber)
  @IsInt()
  @Min(0)
  RECONCILE_IDLE_SECONDS = 120;
}
