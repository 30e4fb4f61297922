import { Injectable, Logger } from '@nestjs/common';
import { GmailClient } from '../gmail/gmail-client.port.js';
import { MailboxEntity } from '../persistence/entities/mailbox.entity.js';
import { MailboxRepository } from '../persistence/repositories/mailbox.repository.js';
import { MailboxCredentialsService } from '../mailbox-credentials/mailbox-credentials.service.js';

export interface DisconnectResult {
  mailbox: MailboxEntity;
  /** users.stop answered: Gmail no longer pushes for it. False: no grant, revoked, or it failed. */
  watchStopped: boolean;
}

/**
 * Undoes gmail:connect: stops Gmail's pushes while the grant still works, then forgets the grant
 * (the encrypted token is deleted) and marks the mailbox `disconnected`. Its mail and drafts
 * stay; connecting it again resumes from a new baseline.
 */
@Injectable()
export class MailboxDisconnectService {
  private readonly logger = new Logger(MailboxDisconnectService.name);

  constructor(
    private readonly gmail: GmailClient,
    private readonly credentials: MailboxCredentialsService,
    private readonly mailboxes: MailboxRepository,
  ) {}

  /** null when no mailbox has that address. */
  async disconnect(emailAddress: string): Promise<DisconnectResult | null> {
    const mailbox = await this.mailboxes.findByEmail(emailAddress);
    if (!mailbox) return null;
    let watchStopped = false;
    try {
      await this.gmail.stop(await this.credentials.forMailbox(mailbox));
      watchStopped = true;
    } catch (error) {
      // A revoked or missing grant cannot stop the watch, and needs none: a watch without a
      // grant behind it ends by itself within 7 days. The token is deleted either way.
      this.logger.warn({ mailboxId: mailbox.id, err: error }, 'users.stop failed on disconnect');
    }
    await this.mailboxes.disconnect(mailbox.id, 'disconnected by operator');
    this.logger.log({ mailboxId: mailbox.id, watchStopped }, 'mailbox disconnected');
    return { mailbox: (await this.mailboxes.findById(mailbox.id))!, watchStopped };
  }
}
