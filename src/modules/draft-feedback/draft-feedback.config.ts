import { Transform } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { toNumber } from '../../core/config/config-slice.js';

/** Config slice (see core/config/config-slice.ts): watching what becomes of the AI drafts. */
export class DraftFeedbackConfig {
  /**
   * Days after which a draft still lying unsent is recorded as `pending` and no longer swept
   * (a later send seen in the mailbox's history still replaces it).
   */
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  @Max(90)
  DRAFT_FEEDBACK_PENDING_DAYS = 7;

  /**
   * Each mailbox's drafts are compared with drafts.list once per this many minutes, at the
   * mailbox's own phase (sent mail is seen sooner, by the history syncs).
   */
  @Transform(toNumber)
  @IsInt()
  @Min(5)
  @Max(10_080)
  DRAFT_FEEDBACK_SWEEP_MINUTES = 360;
}
