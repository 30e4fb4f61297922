import { AsyncResource } from 'node:async_hooks';
import { Injectable, Logger } from '@nestjs/common';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import type { Counter } from 'prom-client';
import { AppError, ErrorCodes } from '../../core/errors/app-error.js';
import { isInfrastructureDown } from '../../core/errors/infrastructure-errors.js';
import { Metric } from '../../core/metrics/metric-names.js';
import { GroupCommit } from '../../core/batching/group-commit.js';
import { JobQueueService } from '../../core/queue/job-queue.service.js';
import type { SyncMailboxPayload } from '../../core/queue/queue.constants.js';
import { MailboxRepository } from '../persistence/repositories/mailbox.repository.js';
import { NotificationRepository } from '../persistence/repositories/notification.repository.js';
import { GmailNotificationDto, PubsubPushDto } from './pubsub-push.dto.js';
import { validateNotification } from './pubsub-push.validation.js';

export type IntakeResult =
  'accepted' | 'duplicate' | 'stale' | 'unknown_mailbox' | 'inactive_mailbox';

/**
 * Turns an authenticated push into durable work: store, then enqueue, then (and only then)
 * let the controller acknowledge. Any storage failure surfaces as 503 so Pub/Sub redelivers.
 */
@Injectable()
export class WebhookService {
  private readonly logger = new Logger(WebhookService.name);

  constructor(
    private readonly mailboxes: MailboxRepository,
    private readonly notifications: NotificationRepository,
    private readonly jobs: JobQueueService,
    @InjectMetric(Metric.WebhookNotifications) private readonly counter: Counter<string>,
  ) {}

  decode(push: PubsubPushDto): {
    notification: GmailNotificationDto;
    messageId: string;
    publishedAt: Date | null;
  } {
    const messageId = push.message.messageId ?? push.message.message_id;
    if (!messageId) throw invalid('message.messageId is required', { field: 'message.messageId' });
    const text = Buffer.from(push.message.data, 'base64').toString('utf8');
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw invalid('message.data is not base64-encoded JSON', { field: 'message.data' });
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw invalid('message.data must encode a JSON object', { field: 'message.data' });
    }
    const raw = parsed as Record<string, unknown>;
    const historyId =
      typeof raw.historyId === 'number' && Number.isSafeInteger(raw.historyId)
        ? String(raw.historyId)
        : raw.historyId;
    const checked = validateNotification(raw.emailAddress, historyId);
    if ('fields' in checked)
      throw invalid('message.data is not a Gmail notification', { fields: checked.fields });
    const { notification } = checked;
    const publishedAt = parsePublishTime(push.message.publishTime ?? push.message.publish_time);
    return { notification, messageId, publishedAt };
  }

  async intake(push: PubsubPushDto, correlationId: string): Promise<IntakeResult> {
    const { notification, messageId, publishedAt } = this.decode(push);
    try {
      const result = await this.batches.submit({
        n: notification,
        messageId,
        publishedAt,
        correlationId,
      });
      this.counter.inc({ result });
      return result;
    } catch (error) {
      if (isInfrastructureDown(error) || isTimeout(error)) {
        this.counter.inc({ result: 'unavailable' });
        throw new AppError(
          ErrorCodes.SERVICE_UNAVAILABLE,
          'Notification could not be stored; Pub/Sub will redeliver',
          {
            status: 503,
            retryable: true,
            cause: error,
          },
        );
      }
      throw error;
    }
  }

  /**
   * Stores pushes in batches (group commit): concurrent pushes share one mailbox lookup, one
   * multi-row INSERT and one pipelined enqueue instead of three round trips each. Each caller
   * still waits for its own batch, so a 204 still means stored and enqueued.
   */
  // Bound here, outside any request: a batch serves many requests, and would otherwise run in the
  // log context (correlation id) of whichever one started it. Lines about an item name its own.
  private readonly batches = new GroupCommit<Intake, IntakeResult>(
    AsyncResource.bind((items: Intake[]) => this.storeBatch(items)),
    { maxBatch: 200, maxInFlight: 2 },
  );

  private async storeBatch(items: Intake[]): Promise<IntakeResult[]> {
    const mailboxes = new Map(
      (await this.mailboxes.findByEmails(items.map((i) => i.n.emailAddress))).map((m) => [
        m.emailAddress,
        m,
      ]),
    );
    const known = items.map((i) => mailboxes.get(i.n.emailAddress.trim().toLowerCase()));
    const inserted = await this.notifications.insertManyIfNew(
      items.flatMap((i, k) => {
        const mailbox = known[k];
        return mailbox
          ? [
              {
                pubsubMessageId: i.messageId,
                mailboxId: mailbox.id,
                emailAddress: mailbox.emailAddress,
                historyId: i.n.historyId,
                publishedAt: i.publishedAt,
              },
            ]
          : [];
      }),
    );
    const results: IntakeResult[] = [];
    const syncs: { payload: SyncMailboxPayload; dedupKey: string }[] = [];
    const seen = new Set<string>();
    items.forEach((i, k) => {
      const mailbox = known[k];
      if (!mailbox) {
        // Acknowledge: redelivering a push for a mailbox we do not serve can never succeed.
        this.logger.warn(
          { correlationId: i.correlationId, pubsubMessageId: i.messageId },
          'push for an unknown mailbox acknowledged and dropped',
        );
        return results.push('unknown_mailbox');
      }
      if (mailbox.status !== 'active') return results.push('inactive_mailbox');
      if (mailbox.lastHistoryId && BigInt(i.n.historyId) <= BigInt(mailbox.lastHistoryId))
        return results.push('stale');
      // Enqueue even for a redelivery: the first delivery may have stored but failed to enqueue.
      // The job id (mailbox + history id) makes a second enqueue of live work a no-op.
      syncs.push({
        payload: {
          mailboxId: mailbox.id,
          historyId: i.n.historyId,
          correlationId: i.correlationId,
        },
        dedupKey: i.n.historyId,
      });
      // The first of several deliveries of one message in the same batch is the accepted one.
      const first = inserted.has(i.messageId) && !seen.has(i.messageId);
      seen.add(i.messageId);
      return results.push(first ? 'accepted' : 'duplicate');
    });
    await this.jobs.enqueueSyncs(syncs);
    return results;
  }
}

interface Intake {
  n: GmailNotificationDto;
  messageId: string;
  publishedAt: Date | null;
  correlationId: string;
}

/**
 * Pub/Sub's publish time, informational only: null when absent or implausible. JavaScript parses
 * dates PostgreSQL cannot store (year -271821 to 275760); storing one failed the INSERT with a
 * 500 (found by `npm run fuzz`), and with batched intake it would fail every push of the batch.
 */
function parsePublishTime(value: string | undefined): Date | null {
  if (!value) return null;
  const date = new Date(value);
  const year = date.getUTCFullYear();
  return year >= 1970 && year <= 9999 ? date : null;
}

function invalid(message: string, details: Record<string, unknown>): AppError {
  return new AppError(ErrorCodes.VALIDATION_FAILED, message, { status: 400, details });
}

function isTimeout(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === 'ETIMEDOUT';
}
