import { IsIn, IsOptional, IsString } from 'class-validator';

/** Config slice (see core/config/config-slice.ts): where the JSON logs go and how much. */
export class LoggingConfig {
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** Write the JSON logs to this file instead of stdout (the demo's terminal view owns stdout). */
  @IsOptional()
  @IsString()
  LOG_FILE?: string;
}
