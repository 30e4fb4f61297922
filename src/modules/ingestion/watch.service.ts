import { Injectable, Logger } from '@nestjs/common';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import type { Counter } from 'prom-client';
import { IngestionConfig } from './ingestion.config.js';
import { Metric } from '../../core/metrics/metric-names.js';
import { GmailClient } from '../gmail/gmail-client.port.js';
import { MailboxRepository } from '../persistence/repositories/mailbox.repository.js';
import { MailboxCredentialsService } from '../mailbox-credentials/mailbox-credentials.service.js';

// Google's advice: renew daily although a watch lasts 7 days.
const RENEW_AFTER_MS = 24 * 60 * 60 * 1000;

@Injectable()
export class WatchService {
  private readonly logger = new Logger(WatchService.name);

  constructor(
    private readonly config: IngestionConfig,
    private readonly gmail: GmailClient,
    private readonly credentials: MailboxCredentialsService,
    private readonly mailboxes: MailboxRepository,
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

  /** Renews every active mailbox whose watch is older than a day (or missing). */
  async renewDue(now = new Date()): Promise<{ renewed: number; failed: number }> {
    let renewed = 0;
    let failed = 0;
    for (const mailbox of await this.mailboxes.listByStatus('active')) {
      const due =
        !mailbox.watchRenewedAt ||
        now.getTime() - mailbox.watchRenewedAt.getTime() >= RENEW_AFTER_MS;
      if (!due) continue;
      try {
        if (await this.renew(mailbox.id)) renewed++;
      } catch (error) {
        failed++;
        this.logger.error({ mailboxId: mailbox.id, err: error }, 'watch renewal failed');
      }
    }
    return { renewed, failed };
  }
}
