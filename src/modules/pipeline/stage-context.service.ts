import { Injectable } from '@nestjs/common';
import { JobName } from '../../core/queue/queue.constants.js';
import { GmailCredentials } from '../gmail/gmail-client.port.js';
import { MailboxCredentialsService } from '../mailbox-credentials/mailbox-credentials.service.js';
import { EmailEntity } from '../persistence/entities/email.entity.js';
import { MailboxEntity } from '../persistence/entities/mailbox.entity.js';
import { AiResponseEntity } from '../persistence/entities/ai-response.entity.js';
import { ProcessingTaskEntity } from '../persistence/entities/processing-task.entity.js';
import {
  ClaimedStage,
  StageClaimRepository,
} from '../persistence/repositories/stage-claim.repository.js';
import { EmailRepository } from '../persistence/repositories/email.repository.js';
import { MailboxRepository } from '../persistence/repositories/mailbox.repository.js';
import { TaskRepository } from '../persistence/repositories/task.repository.js';
import { addressOf } from '../llm/email-text.js';
import { parseSettings, SenderList } from '../mailbox-settings/mailbox-settings.js';
import { isActiveStatus, TaskStage } from '../task-lifecycle/task-state.js';
import { EffectiveSettings, effectiveSettings } from './effective-settings.js';
import { PipelineConfig } from './pipeline.config.js';
import { STAGE_TRANSITIONS, StageJob } from '../task-lifecycle/transitions.js';

export interface StageContext {
  task: ProcessingTaskEntity;
  /** The task's stage before this run claimed it. */
  previousStage: TaskStage;
  email: EmailEntity;
  mailbox: MailboxEntity;
  creds: GmailCredentials;
  /** The task's AI response as of the claim (the draft stage re-reads it under its lock). */
  response: AiResponseEntity | null;
  /** Generate only: replies written for the mailbox since draftCapWindowStart(). */
  draftsSince?: number;
  /** The environment's defaults with the mailbox's settings over them, as of the claim. */
  settings: EffectiveSettings;
}

export type LoadResult =
  | { kind: 'ready'; ctx: StageContext }
  /** The task already reached a final state (a duplicate or stale job): do nothing. */
  | { kind: 'finished' }
  /** The mailbox is paused or needs re-auth: leave the task pending; it resumes later. */
  | { kind: 'parked' };

/** Loads what every stage needs and decides whether the stage should run at all. */
@Injectable()
export class StageContextService {
  constructor(
    private readonly claims: StageClaimRepository,
    private readonly tasks: TaskRepository,
    private readonly emails: EmailRepository,
    private readonly mailboxes: MailboxRepository,
    private readonly credentials: MailboxCredentialsService,
    private readonly config: PipelineConfig,
  ) {}

  /** Claims the task for `stage` (status processing) and loads its state in one query. */
  async load(taskId: string, stage: StageJob): Promise<LoadResult> {
    for (let attempt = 0; attempt < 2; attempt++) {
      // Generate checks the daily draft cap: the claim counts today's drafts along the way.
      const claimed = await this.claims.claim(
        taskId,
        STAGE_TRANSITIONS[stage].running,
        stage === JobName.Generate ? { draftsSince: draftCapWindowStart() } : {},
      );
      if (claimed) return { kind: 'ready', ctx: this.ready(claimed) };
      const why = await this.whyNotClaimable(taskId);
      if (why) return { kind: why };
      // It became claimable in between (e.g. the mailbox was just reconnected): claim again.
    }
    return { kind: 'parked' };
  }

  private ready(claimed: ClaimedStage): StageContext {
    const creds = this.credentials.fromEncrypted(claimed.mailbox, claimed.encryptedRefreshToken);
    const { settings, ...rest } = claimed;
    return { ...rest, creds, settings: effectiveSettings(this.config, parseSettings(settings)) };
  }

  /** Rare path: tells a finished task from a parked one (null: it is claimable after all). */
  private async whyNotClaimable(taskId: string): Promise<'finished' | 'parked' | null> {
    const task = await this.tasks.findById(taskId);
    if (!task || !isActiveStatus(task.status)) return 'finished';
    const email = task.email ?? (await this.emails.findById(task.emailId));
    if (!email) return 'finished';
    const mailbox = await this.mailboxes.findById(email.mailboxId);
    if (!mailbox) return 'finished';
    return mailbox.status !== 'active' ? 'parked' : null;
  }
}

/** DAILY_DRAFT_CAP counts the replies written since midnight UTC. */
export function draftCapWindowStart(now = new Date()): Date {
  const start = new Date(now);
  start.setUTCHours(0, 0, 0, 0);
  return start;
}

/** VIP_SENDERS entries are addresses or `@domain`s; `sender` may be "Name <addr>" or a bare address. */
export function isVipSender(list: string | undefined, sender: string | null | undefined): boolean {
  if (!sender || !list) return false;
  return isListedSender(new SenderList(list.split(',')), sender);
}

/** Whether a sender ("Name <addr>" or a bare address) is on a list of addresses and @domains. */
export function isListedSender(list: SenderList, sender: string | null | undefined): boolean {
  // addressOf cuts the (untrusted) sender to a budget and finds the address without a regex scan.
  return Boolean(sender) && list.size > 0 && list.has(addressOf(sender!));
}
