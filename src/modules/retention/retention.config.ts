import { Transform } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { toNumber } from '../../core/config/config-slice.js';

/** Config slice (see core/config/config-slice.ts): how long stored mail content is kept. */
export class RetentionConfig {
  /**
   * Days after which the content of handled mail is pruned: subjects and senders, generated
   * replies and the model's reasons, raw LLM output of dead letters, and processed pushes. Rows
   * and their counts stay (stats, exactly-once records). 0 keeps everything.
   */
  @Transform(toNumber)
  @IsInt()
  @Min(0)
  @Max(3650)
  RETENTION_DAYS = 90;
}
