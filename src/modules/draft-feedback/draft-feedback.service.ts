import { Injectable, Logger } from '@nestjs/common';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import type { Counter, Histogram } from 'prom-client';
import { Metric } from '../../core/metrics/metric-names.js';
import { GmailClient, GmailCredentials } from '../gmail/gmail-client.port.js';
import { MailboxCredentialsService } from '../mailbox-credentials/mailbox-credentials.service.js';
import type { DraftOutcome } from '../persistence/entities/draft-feedback.entity.js';
import {
  DraftFeedbackRepository,
  type WatchedDraft,
} from '../persistence/repositories/draft-feedback.repository.js';
import { MailboxRepository } from '../persistence/repositories/mailbox.repository.js';
import { DraftFeedbackConfig } from './draft-feedback.config.js';
import { outcomeOf } from './draft-outcome.js';
import { OwnerActivity } from './owner-activity.js';
import { replyBody, similarity } from './reply-similarity.js';

/** Sent messages of a thread read for one draft at most (newest first). */
const MAX_SENT_READ = 3;
/** Drafts a sweep checks per mailbox and run; the rest wait for the next period. */
const SWEEP_LIMIT = 200;
const DAY_MS = 86_400_000;
/** Clock skew allowed between a Date header and the database's clock. */
const DATE_HEADER_SLACK_MS = 10 * 60_000;

interface SentMatch {
  messageId: string;
  similarity: number;
}

/**
 * Finds out what became of each AI draft. Cheap in Gmail quota: the history syncs already walk
 * the mailbox's changes, and only a draft whose thread shows mail sent (messages.get, 5 units a
 * message) or a draft removed (drafts.get, 5 units) costs a call; the sweep asks drafts.list
 * (5 units a page) once per period and mailbox, and reads a thread (threads.get, 10) only for a
 * draft that vanished. Outcomes are recorded once (DraftFeedbackRepository.record); metrics
 * count only what a recording changed, so redelivered history counts nothing twice.
 */
@Injectable()
export class DraftFeedbackService {
  private readonly logger = new Logger(DraftFeedbackService.name);

  constructor(
    private readonly config: DraftFeedbackConfig,
    private readonly gmail: GmailClient,
    private readonly feedback: DraftFeedbackRepository,
    private readonly mailboxes: MailboxRepository,
    private readonly credentials: MailboxCredentialsService,
    @InjectMetric(Metric.DraftOutcomes) private readonly outcomes: Counter<string>,
    @InjectMetric(Metric.DraftSimilarity) private readonly similarities: Histogram<string>,
  ) {}

  /** Outcomes a sync's history walk shows; returns how many were recorded. */
  async observeHistory(
    mailboxId: string,
    creds: GmailCredentials,
    activity: OwnerActivity,
  ): Promise<number> {
    if (activity.empty) return 0;
    const watched = await this.feedback.watchedInThreads(mailboxId, activity.threads());
    let recorded = 0;
    for (const draft of watched) {
      const sentIds = activity.sentIn(draft.threadId);
      const sent = sentIds.length ? await this.bestSent(creds, draft, sentIds) : null;
      if (sent) {
        recorded += await this.record(
          mailboxId,
          draft,
          outcomeOf(this.seen(draft, true, sent)),
          sent,
        );
      } else if (activity.draftThreads.has(draft.threadId)) {
        // A draft message went away with nothing sent: discarded, or only saved again.
        const exists = (await this.gmail.getDraft(creds, draft.draftId)) !== null;
        if (!exists) recorded += await this.record(mailboxId, draft, 'deleted', null);
      }
    }
    return recorded;
  }

  /**
   * The low-rate check of one mailbox: drafts with no outcome yet against drafts.list. A draft
   * still there past DRAFT_FEEDBACK_PENDING_DAYS becomes `pending`; one that vanished is looked
   * up in its thread (sent, replaced by the owner's reply, or deleted).
   */
  async sweep(mailboxId: string): Promise<number> {
    const mailbox = await this.mailboxes.findById(mailboxId);
    if (!mailbox || mailbox.status !== 'active') return 0;
    const watched = await this.feedback.unobserved(mailboxId, SWEEP_LIMIT);
    if (!watched.length) return 0;
    const creds = await this.credentials.forMailbox(mailbox);
    const drafts = new Set((await this.gmail.listDrafts(creds)).map((d) => d.draftId));
    let recorded = 0;
    for (const draft of watched) {
      const exists = drafts.has(draft.draftId);
      const sent = exists ? null : await this.sentInThread(creds, draft);
      const outcome = outcomeOf(this.seen(draft, exists, sent));
      if (outcome) recorded += await this.record(mailboxId, draft, outcome, sent);
    }
    return recorded;
  }

  private seen(draft: WatchedDraft, draftExists: boolean, sent: SentMatch | null) {
    return {
      draftExists,
      sentSimilarity: sent?.similarity ?? null,
      ageDays: (Date.now() - draft.writtenAt.getTime()) / DAY_MS,
      pendingAfterDays: this.config.DRAFT_FEEDBACK_PENDING_DAYS,
    };
  }

  /** The owner's sent messages of the draft's thread, newest first, as a vanished draft's clue. */
  private async sentInThread(
    creds: GmailCredentials,
    draft: WatchedDraft,
  ): Promise<SentMatch | null> {
    const thread = await this.gmail.getThreadMetadata(creds, draft.threadId, ['Date']);
    // The Date header spares a messages.get (5 units) for mail plainly sent before the draft;
    // an unreadable one is fetched and judged by Gmail's own date.
    const since = draft.writtenAt.getTime() - DATE_HEADER_SLACK_MS;
    const sent = thread
      .filter((m) => m.labelIds.includes('SENT') && !m.labelIds.includes('DRAFT'))
      .filter((m) => !(Date.parse((m.headers.date ?? '').slice(0, 100)) < since))
      .map((m) => m.id)
      .reverse();
    return sent.length ? this.bestSent(creds, draft, sent) : null;
  }

  /**
   * Of the owner's messages sent after the draft was written, the one closest to it. Mail the
   * owner sent earlier in the thread (an answer to an earlier message) cannot come from it.
   */
  private async bestSent(
    creds: GmailCredentials,
    draft: WatchedDraft,
    messageIds: string[],
  ): Promise<SentMatch | null> {
    const ours = replyBody(draft.generatedReply);
    let best: SentMatch | null = null;
    for (const id of messageIds.slice(0, MAX_SENT_READ)) {
      const message = await this.gmail.getMessage(creds, id);
      if (message.receivedAt.getTime() < draft.writtenAt.getTime()) continue;
      const score = similarity(ours, replyBody(message.text));
      if (!best || score > best.similarity) best = { messageId: id, similarity: score };
    }
    return best;
  }

  private async record(
    mailboxId: string,
    draft: WatchedDraft,
    outcome: DraftOutcome | null,
    sent: SentMatch | null,
  ): Promise<number> {
    if (!outcome) return 0;
    const changed = await this.feedback.record({
      responseId: draft.responseId,
      mailboxId,
      outcome,
      similarity: sent ? round(sent.similarity) : null,
      sentMessageId: sent?.messageId ?? null,
    });
    if (!changed) return 0;
    const labels = {
      category: draft.category ?? 'unclassified',
      provider: draft.provider ?? 'unknown',
      model: draft.model ?? 'unknown',
    };
    this.outcomes.inc({ outcome, ...labels });
    if (sent && (outcome === 'sent_unchanged' || outcome === 'sent_edited'))
      this.similarities.observe(labels, sent.similarity);
    this.logger.log({ mailboxId, responseId: draft.responseId, outcome }, 'draft outcome observed');
    return 1;
  }
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
