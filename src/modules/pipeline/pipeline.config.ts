import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { toBool, toNumber } from '../../core/config/config-slice.js';
import { LABEL_NAME } from '../mailbox-settings/mailbox-settings.js';

/** What a draft does with a sender's Reply-To (see README, Configuration). */
export const REPLY_TO_POLICIES = ['flag', 'follow', 'ignore'] as const;
export type ReplyToPolicy = (typeof REPLY_TO_POLICIES)[number];

/** Config slice (see core/config/config-slice.ts): triage, reply and cost-guard settings. */
export class PipelineConfig {
  @Transform(toNumber)
  @IsNumber()
  @Min(0)
  @Max(1)
  CLASSIFY_CONFIDENCE_THRESHOLD = 0.6;

  @Transform(toNumber)
  @IsInt()
  @Min(20)
  @Max(2000)
  REPLY_MAX_WORDS = 200;

  /** Daily cap of LLM-generated drafts per mailbox (cost guard). */
  @Transform(toNumber)
  @IsInt()
  @Min(0)
  DAILY_DRAFT_CAP = 200;

  /**
   * LLM calls (classify + generate) per mailbox per UTC day; past it the mailbox's mail waits for
   * the next day (0 = no cap). 1000 is several times a busy inbox's unfiltered mail plus
   * DAILY_DRAFT_CAP replies, yet bounds what a flood to one mailbox can spend.
   */
  @Transform(toNumber)
  @IsInt()
  @Min(0)
  DAILY_LLM_CALL_CAP = 1000;

  /** LLM tokens (prompt + completion) per mailbox per UTC day, as DAILY_LLM_CALL_CAP (0 = no cap). */
  @Transform(toNumber)
  @IsInt()
  @Min(0)
  DAILY_LLM_TOKEN_CAP = 0;

  /**
   * Reply-To is set by the sender and may point anywhere. `flag`: reply to it, but when its
   * domain differs from From's the draft opens with a line for the owner saying where it goes;
   * `follow`: reply to it silently; `ignore`: always reply to From.
   */
  @IsIn(REPLY_TO_POLICIES)
  REPLY_TO_POLICY: ReplyToPolicy = 'flag';

  /**
   * Show the LLM a few samples of the owner's own mail to the same recipient as examples of
   * their style; each mailbox may turn it off in its settings.
   */
  @Transform(toBool)
  @IsBoolean()
  REPLY_STYLE_EXAMPLES = true;

  /** Comma-separated sender addresses or @domains routed to the priority queue. */
  @IsOptional()
  @IsString()
  VIP_SENDERS?: string;

  /**
   * Put a Gmail label on every triaged email (one per outcome, below); each mailbox may turn it
   * off or rename the labels in its settings. Labels are only ever added: never INBOX or UNREAD.
   */
  @Transform(toBool)
  @IsBoolean()
  TRIAGE_LABELS_ENABLED = true;

  /** Label of mail that needs a reply (created in Gmail on first use; "/" nests it). */
  @Matches(LABEL_NAME)
  @MaxLength(100)
  TRIAGE_LABEL_NEEDS_REPLY = 'AI/Needs reply';

  /** Label of informational mail. */
  @Matches(LABEL_NAME)
  @MaxLength(100)
  TRIAGE_LABEL_FYI = 'AI/FYI';

  /** Label of mail the triage takes for spam. */
  @Matches(LABEL_NAME)
  @MaxLength(100)
  TRIAGE_LABEL_SPAM = 'AI/Spam?';

  /** Label of mail the assistant left alone (low confidence, a never-draft sender). */
  @Matches(LABEL_NAME)
  @MaxLength(100)
  TRIAGE_LABEL_SKIPPED = 'AI/Skipped';

  /**
   * Run generate and draft in the job that finished the stage before them, instead of as jobs of
   * their own (a failure still hands the stage to its own job, with the stage's retry policy).
   * Off: one job per stage, as the design's queue table has it.
   */
  @Transform(toBool)
  @IsBoolean()
  PIPELINE_INLINE_STAGES = true;

  /**
   * How long a classification is shared with other mailboxes that receive the same content
   * (hours; 0 = no shared cache). A day covers a mailing's delivery to every recipient, and
   * expired verdicts are purged, so the table stays small.
   */
  @Transform(toNumber)
  @IsInt()
  @Min(0)
  @Max(24 * 30)
  CLASSIFICATION_CACHE_TTL_HOURS = 24;

  /**
   * Upper bound on the stage jobs one worker runs at once. With LLM_RATE_LIMIT_RPM/TPM set, the
   * worker sizes its concurrency from the allowed call rate and the measured call latency
   * (StageConcurrency, Little's law), between WORKER_CONCURRENCY and this; without them it
   * stays at WORKER_CONCURRENCY. Each job in flight holds its email in memory.
   */
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  @Max(5000)
  PIPELINE_MAX_CONCURRENCY = 600;

  /**
   * Slots beyond what Little's law says the allowed rate needs at the measured mean call
   * latency: the rest of a job (Gmail, Postgres) takes some too, latency varies from one window
   * to the next, and a worker a little too wide waits briefly in the pacing, while one too
   * narrow leaves the account's rate unused.
   */
  @Transform(toNumber)
  @IsNumber()
  @Min(1)
  @Max(4)
  PIPELINE_CONCURRENCY_HEADROOM = 1.25;
}
