import { Injectable, Logger } from '@nestjs/common';
import { IngestionConfig } from './ingestion.config.js';
import { AppError, ErrorCodes } from '../../core/errors/app-error.js';
import { JobName } from '../../core/queue/queue.constants.js';
import { DraftFeedbackService } from '../draft-feedback/draft-feedback.service.js';
import { OwnerActivity } from '../draft-feedback/owner-activity.js';
import { GmailClient, GmailCredentials } from '../gmail/gmail-client.port.js';
import { MailboxEntity } from '../persistence/entities/mailbox.entity.js';
import { EmailRepository } from '../persistence/repositories/email.repository.js';
import { MailboxRepository } from '../persistence/repositories/mailbox.repository.js';
import { NotificationRepository } from '../persistence/repositories/notification.repository.js';
import { TaskRepository } from '../persistence/repositories/task.repository.js';
import { StageQueue } from '../task-lifecycle/stage-queue.service.js';
import { MailboxCredentialsService } from '../mailbox-credentials/mailbox-credentials.service.js';

export interface SyncOutcome {
  mode: 'incremental' | 'full' | 'baseline' | 'skipped';
  recorded: number;
  historyId: string | null;
}

// Our own drafts and the user's sent mail appear in history too; never process them.
const IGNORED_LABELS = new Set(['DRAFT', 'SENT', 'SPAM', 'TRASH']);
// A history walk that goes on longer than this is cut and resumed by the next sync.
const MAX_PAGES = 50;
/** Messages recorded per statement (and enqueued per Redis round trip) by a sync. */
const RECORD_BATCH = 200;

/**
 * Brings one mailbox up to date from its stored history id. Order matters for crash safety:
 * record emails + tasks, enqueue, and only then advance the stored history id, so a crash
 * repeats work (deduplicated by message id) instead of losing it.
 */
@Injectable()
export class MailboxSyncService {
  private readonly logger = new Logger(MailboxSyncService.name);

  constructor(
    private readonly config: IngestionConfig,
    private readonly gmail: GmailClient,
    private readonly credentials: MailboxCredentialsService,
    private readonly mailboxes: MailboxRepository,
    private readonly emails: EmailRepository,
    private readonly tasks: TaskRepository,
    private readonly notifications: NotificationRepository,
    private readonly stages: StageQueue,
    private readonly feedback: DraftFeedbackService,
  ) {}

  async sync(mailboxId: string): Promise<SyncOutcome> {
    const found = await this.mailboxes.findWithToken(mailboxId);
    if (!found || found.mailbox.status !== 'active')
      return { mode: 'skipped', recorded: 0, historyId: null };
    const { mailbox } = found;
    const creds = this.credentials.fromEncrypted(mailbox, found.encryptedToken);
    if (!mailbox.lastHistoryId) {
      // First contact: take a baseline instead of back-processing the whole mailbox.
      const profile = await this.gmail.getProfile(creds);
      await this.mailboxes.resetHistoryId(mailbox.id, profile.historyId);
      return { mode: 'baseline', recorded: 0, historyId: profile.historyId };
    }
    try {
      return await this.incremental(mailbox, creds, mailbox.lastHistoryId);
    } catch (error) {
      if (error instanceof AppError && error.code === ErrorCodes.GMAIL_HISTORY_EXPIRED) {
        this.logger.warn({ mailboxId }, 'history id too old: falling back to a bounded full sync');
        return this.fullSync(mailbox, creds);
      }
      throw error;
    }
  }

  private async incremental(
    mailbox: MailboxEntity,
    creds: GmailCredentials,
    start: string,
  ): Promise<SyncOutcome> {
    const seen = new Set<string>();
    let latest = start;
    let pageToken: string | undefined;
    let recorded = 0;
    const activity = new OwnerActivity();
    for (let page = 0; page < MAX_PAGES; page++) {
      const result = await this.gmail.listHistory(creds, start, pageToken);
      activity.add(result);
      const inbound = result.added.filter((added) => {
        if (seen.has(added.id) || !isInbound(added.labelIds)) return false;
        seen.add(added.id);
        return true;
      });
      recorded += await this.record(mailbox, inbound);
      if (BigInt(result.historyId) > BigInt(latest)) latest = result.historyId;
      pageToken = result.nextPageToken;
      if (!pageToken) break;
    }
    await this.observeOutcomes(mailbox.id, creds, activity);
    if (pageToken) {
      // Unfinished walk: keep the old baseline so the next sync continues; recorded ids dedupe.
      this.logger.warn({ mailboxId: mailbox.id }, 'history walk cut at page limit; will resume');
      return { mode: 'incremental', recorded, historyId: start };
    }
    await this.mailboxes.syncedTo(mailbox.id, latest);
    return { mode: 'incremental', recorded, historyId: latest };
  }

  /**
   * What became of the AI drafts, from the same walk: before the history id moves on, so a
   * crash shows the next sync the same pages (recording is idempotent). A failure here never
   * fails the sync: the draft-outcome sweep finds what was missed.
   */
  private async observeOutcomes(
    mailboxId: string,
    creds: GmailCredentials,
    activity: OwnerActivity,
  ): Promise<void> {
    try {
      await this.feedback.observeHistory(mailboxId, creds, activity);
    } catch (error) {
      this.logger.warn(
        { mailboxId, code: (error as { code?: string }).code },
        'draft outcomes not observed in this sync; the sweep will look',
      );
    }
  }

  /** After Gmail forgot our start id: recent INBOX mail since the last sync, then a new baseline. */
  private async fullSync(mailbox: MailboxEntity, creds: GmailCredentials): Promise<SyncOutcome> {
    const profile = await this.gmail.getProfile(creds);
    const since = mailbox.lastSyncedAt ?? mailbox.createdAt;
    // One hour of slack for clock skew and delayed delivery; message ids dedupe the overlap.
    const after = Math.floor(since.getTime() / 1000) - 3600;
    const refs = await this.gmail.listMessages(creds, {
      labelIds: ['INBOX'],
      query: `after:${after}`,
      maxResults: this.config.GMAIL_FULL_SYNC_MAX_MESSAGES,
    });
    const recorded = await this.record(mailbox, refs);
    await this.mailboxes.resetHistoryId(mailbox.id, profile.historyId);
    await this.notifications.markProcessed(mailbox.id, profile.historyId);
    return { mode: 'full', recorded, historyId: profile.historyId };
  }

  /** Backfill of recent INBOX mail on request (admin API). */
  async backfill(mailboxId: string, days: number): Promise<number> {
    const mailbox = await this.mailboxes.findById(mailboxId);
    if (!mailbox || mailbox.status !== 'active') return 0;
    const creds = await this.credentials.forMailbox(mailbox);
    const refs = await this.gmail.listMessages(creds, {
      labelIds: ['INBOX'],
      query: `newer_than:${Math.max(1, Math.floor(days))}d`,
      maxResults: this.config.GMAIL_FULL_SYNC_MAX_MESSAGES,
    });
    // Mail from before the mailbox was watched is not urgent: its classification may wait
    // for the cheaper Batch API (OPENAI_BATCH_ENABLED).
    return this.record(mailbox, refs, { deferrable: true });
  }

  /**
   * Records messages once and enqueues their classification: one statement and one Redis round
   * trip per RECORD_BATCH messages (was one of each per message). Returns how many were new.
   */
  private async record(
    mailbox: MailboxEntity,
    messages: { id: string; threadId: string }[],
    opts: { deferrable?: true } = {},
  ): Promise<number> {
    let recorded = 0;
    for (let i = 0; i < messages.length; i += RECORD_BATCH) {
      const batch = messages.slice(i, i + RECORD_BATCH);
      const { recorded: fresh, known } = await this.emails.recordNewBatch(
        mailbox.id,
        batch.map((m) => ({ messageId: m.id, threadId: m.threadId })),
      );
      // A replayed sync may find emails recorded but their first enqueue lost: enqueue again
      // while the task has not started (the job id makes this a no-op if the job exists).
      const replayed = await this.tasks.findQueuedForMessages(known);
      await this.stages.enqueueMany(
        JobName.Classify,
        [...fresh.map((r) => r.task), ...replayed].map((task) => ({
          taskId: task.id,
          correlationId: task.correlationId,
          ...opts,
        })),
      );
      recorded += fresh.length;
    }
    return recorded;
  }
}

function isInbound(labelIds: string[]): boolean {
  return labelIds.includes('INBOX') && !labelIds.some((l) => IGNORED_LABELS.has(l));
}
