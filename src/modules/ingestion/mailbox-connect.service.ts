import { Injectable, Logger } from '@nestjs/common';
import { GmailClient } from '../gmail/gmail-client.port.js';
import { TokenCipher } from '../mailbox-credentials/token-cipher.service.js';
import { MailboxEntity } from '../persistence/entities/mailbox.entity.js';
import { MailboxRepository } from '../persistence/repositories/mailbox.repository.js';
import { WatchService } from './watch.service.js';

/**
 * Stores a freshly granted mailbox: the refresh token only encrypted, the history baseline
 * taken now (old mail is not back-processed unless a backfill is requested), and a watch.
 */
@Injectable()
export class MailboxConnectService {
  private readonly logger = new Logger(MailboxConnectService.name);

  constructor(
    private readonly gmail: GmailClient,
    private readonly cipher: TokenCipher,
    private readonly mailboxes: MailboxRepository,
    private readonly watches: WatchService,
  ) {}

  async connect(refreshToken: string, opts: { displayName?: string } = {}): Promise<MailboxEntity> {
    // Ask Gmail whose grant this is before storing anything.
    const profile = await this.gmail.getProfile({
      mailboxId: 'connecting',
      emailAddress: '',
      refreshToken,
    });
    const mailbox = await this.mailboxes.upsertConnected({
      emailAddress: profile.emailAddress,
      displayName: opts.displayName ?? null,
      // Encrypted once the row's id is known: the ciphertext is bound to this mailbox.
      seal: (mailboxId) => this.cipher.encrypt(refreshToken, mailboxId),
    });
    if (!mailbox.lastHistoryId) await this.mailboxes.resetHistoryId(mailbox.id, profile.historyId);
    try {
      await this.watches.renew(mailbox.id);
    } catch (error) {
      // The periodic sync still finds new mail; the watch is retried by the hourly renewal.
      this.logger.warn({ mailboxId: mailbox.id, err: error }, 'users.watch failed on connect');
    }
    return (await this.mailboxes.findById(mailbox.id)) as MailboxEntity;
  }
}
