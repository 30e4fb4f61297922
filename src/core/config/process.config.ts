import { Transform } from 'class-transformer';
import { IsIn, IsInt, Max, Min, ValidateBy, type ValidationArguments } from 'class-validator';
import { toNumber } from './config-slice.js';

export const APP_ROLES = ['api', 'worker', 'all'] as const;
export type AppRole = (typeof APP_ROLES)[number];

/** Config slice (see config-slice.ts): which role this process plays and how it stops. */
export class ProcessConfig {
  @IsIn(APP_ROLES)
  APP_ROLE: AppRole = 'all';

  /**
   * api role only: this many api processes (node:cluster) share PORT, so one host's cores all
   * serve requests. Each process keeps its own metrics and in-memory rate-limit counters.
   */
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  @Max(64)
  @ValidateBy({
    name: 'apiRoleOnly',
    validator: {
      validate: (value: unknown, args?: ValidationArguments) =>
        value === 1 || (args?.object as ProcessConfig | undefined)?.APP_ROLE === 'api',
      defaultMessage: () =>
        'more than 1 only with APP_ROLE=api (a worker or "all" process runs queue workers)',
    },
  })
  API_PROCESSES = 1;

  /** Seconds SIGTERM waits for in-flight jobs before exiting. */
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  SHUTDOWN_GRACE_SECONDS = 25;
}
