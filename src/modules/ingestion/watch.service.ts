import { Injectable, Logger } from '@nestjs/common';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import type { Counter } from 'prom-client';
import { IngestionConfig } from './ingestion.config.js';
import { Metric } from '../../core/metrics/metric-names.js';
import { GmailClient } from '../gmail/gmail-client.port.js';
import { MailboxRepository } from '../persistence/repositories/mailbox.repository.js';
import { MailboxScheduleRepository } from '../persistence/repositories/mailbox-schedule.repository.js';
import { MailboxCredentialsService } from '../mailbox-credentials/mailbox-credentials.service.js';
import { CLAIM_BATCH, WATCH_RENEW_PERIOD_SECONDS } from './fleet-schedule.js';

@Injectable()
export class WatchService {
  private readonly logger = new Logger(WatchService.name);

  constructor(
    private readonly config: IngestionConfig,
    private readonly gmail: GmailClient,
    private readonly credentials: MailboxCredentialsService,
    private readonly mailboxes: MailboxRepository,
    private readonly schedule: MailboxScheduleRepository,
    @InjectMetric(Metric.GmailWatchRenewals) private readonly renewals: Counter<string>,
  ) {}

  /** users.watch for one mailbox; records the expiry. Failures count in a metric (alerted on). */
  async renew(mailboxId: string): Promise<Date | null> {
    const topic = this.config.GMAIL_PUBSUB_TOPIC;
    const mailbox = await this.mailboxes.findById(mailboxId);
    if (!mailbox || mailbox.status !== 'active') return null;
    if (!topic) {
      this.logger.warn(
        'GMAIL_PUBSUB_TOPIC is not set: push notifications are off, the periodic sync still runs',
      );
      return null;
    }
    try {
      const creds = await this.credentials.forMailbox(mailbox);
      const result = await this.gmail.watch(creds, topic);
      await this.mailboxes.setWatch(mailbox.id, result.expiration);
      if (!mailbox.lastHistoryId) await this.mailboxes.resetHistoryId(mailbox.id, result.historyId);
      this.renewals.inc({ status: 'success' });
      return result.expiration;
    } catch (error) {
      this.renewals.inc({ status: 'failure' });
      await this.credentials.handleIfRevoked(mailbox.id, error);
      throw error;
    }
  }

  /**
   * Renews the watches that came due (each mailbox once a day, at its own phase). A failed renewal
   * is counted (alerted on) and tried again a day later: the watch it renews lasts a week.
   */
  async renewDue(): Promise<{ renewed: number; failed: number }> {
    if (!this.config.GMAIL_PUBSUB_TOPIC) {
      // Nothing to renew; their due times stay put until a topic is configured.
      if (!this.warnedNoTopic)
        this.logger.warn('GMAIL_PUBSUB_TOPIC is not set: no watches to renew');
      this.warnedNoTopic = true;
      return { renewed: 0, failed: 0 };
    }
    await this.schedule.place('watch', WATCH_RENEW_PERIOD_SECONDS);
    let renewed = 0;
    let failed = 0;
    for (const { id } of await this.schedule.claimDue(
      'watch',
      WATCH_RENEW_PERIOD_SECONDS,
      0,
      CLAIM_BATCH,
    )) {
      try {
        if (await this.renew(id)) renewed++;
      } catch (error) {
        failed++;
        this.logger.error({ mailboxId: id, err: error }, 'watch renewal failed');
      }
    }
    return { renewed, failed };
  }

  private warnedNoTopic = false;
}
